import { coreSchema } from './schema';
import { buyinSchema } from './schema-buyin';
import { dysfunctionSchema } from './schema-dysfunction';
import { pulsesSchema } from './schema-pulses';
import { researchSchema } from './schema-research';
import { signalsSchema } from './schema-signals';
import { signalsMonitorSchema } from './schema-signals-monitor';
import { signalsWarningsSchema } from './schema-signals-warnings';

/** Every table, for Drizzle's typed queries. */
export const schema = {
  ...coreSchema,
  ...researchSchema,
  ...buyinSchema,
  ...pulsesSchema,
  ...dysfunctionSchema,
  ...signalsSchema,
  ...signalsMonitorSchema,
  ...signalsWarningsSchema,
};
