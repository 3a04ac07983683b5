import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { UseCaseContext } from '../../src/server/actor';
import { rebuildRollups } from '../../src/server/signals/rebuild-rollups';

const log = (line: string) => process.stdout.write(`${line}\n`);

export interface RebuildFigures {
  /** From emptied rollups: every row computed and written (the recovery worst case; the headline figure). */
  emptiedSeconds: number;
  /** Over the rollups ingest built: every row computed and compared, none written. */
  intactSeconds: number;
}

/**
 * Full rebuilds through the use case (aggregate all raw events, reconcile, commit), twice: over the rollups as ingest
 * left them, then after deleting the org's rollup rows (and, on Postgres, vacuuming them away, as happens between a
 * loss and its repair), so that every row has to be written again.
 */
export async function benchRebuild(context: UseCaseContext, label: string, serverUrl?: string): Promise<RebuildFigures> {
  const { db, actor } = context;
  const intact = await rebuildRollups(context);
  if (intact.corrected !== 0) throw new Error(`${label}: the rebuild corrected ${intact.corrected} rows of rollups that ingest built`);
  log(`${label}: full rebuild over intact rollups from ${intact.events.toLocaleString('en')} events in ${intact.seconds.toFixed(1)} s (${intact.pairRows.toLocaleString('en')} pair-day and ${intact.unitRows.toLocaleString('en')} unit-week rows compared, none written)`);
  await db.withOrg(actor.orgId, async (tx) => {
    await tx.execute(sql`delete from signal_pair_days where org_id = ${actor.orgId}::uuid`);
    await tx.execute(sql`delete from signal_unit_weeks where org_id = ${actor.orgId}::uuid`);
  });
  if (serverUrl) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query('vacuum signal_pair_days, signal_unit_weeks');
    await client.end();
  }
  const emptied = await rebuildRollups(context);
  if (emptied.corrected !== emptied.pairRows + emptied.unitRows) throw new Error(`${label}: the rebuild wrote ${emptied.corrected} rows into emptied rollups`);
  log(`${label}: full rebuild from emptied rollups in ${emptied.seconds.toFixed(1)} s (${emptied.corrected.toLocaleString('en')} rows written)`);
  return { emptiedSeconds: emptied.seconds, intactSeconds: intact.seconds };
}
