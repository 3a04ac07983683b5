import { coreSchema } from './schema';
import { dysfunctionSchema } from './schema-dysfunction';
import { researchSchema } from './schema-research';

/** Every table, for Drizzle's typed queries. */
export const schema = { ...coreSchema, ...researchSchema, ...dysfunctionSchema };
