import { coreSchema } from './schema';
import { researchSchema } from './schema-research';
import { signalsSchema } from './schema-signals';

/** Every table, for Drizzle's typed queries. */
export const schema = { ...coreSchema, ...researchSchema, ...signalsSchema };
