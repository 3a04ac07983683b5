import { bigint, pgTable, uuid } from 'drizzle-orm/pg-core';
import { orgIsolation } from './schema';

/**
 * The signals revision (docs/signals-monitor.md): one counter per org, bumped in the same transaction as every event
 * batch that stores at least one new event, every rollup rebuild and every change to the org's people (a trigger, see
 * the migration). Caches of signal views key on it, so an import by the CLI in another process invalidates them too.
 * No foreign key, like the other signal tables: the row is written inside the org's own scope.
 */
export const signalRevisions = pgTable(
  'signal_revisions',
  {
    orgId: uuid('org_id').primaryKey(),
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  },
  () => [orgIsolation('signal_revisions')],
).enableRLS();

export const signalsMonitorSchema = { signalRevisions };
