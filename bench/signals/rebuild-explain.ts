import { sql } from 'drizzle-orm';
import { createDb } from '../../src/server/db/create-db';
import { rawRows } from '../../src/server/db/raw';
import { rollUp } from '../../src/server/signals/rollups-repository';
// EXPLAIN ANALYZE of a rebuild on a Postgres database that holds events (e.g. after ingest-exp3.ts), rolled back.
//   npx tsx bench/signals/rebuild-explain.ts postgres://…/db [work_mem]
const url = process.argv[2] as string;
const workMem = process.argv[3];
const db = await createDb({ databaseUrl: url });
const pg = await import('pg');
const c = new pg.default.Client({ connectionString: url });
await c.connect();
const orgId = (await c.query('select org_id from signal_events limit 1')).rows[0].org_id;
await c.end();
await db.withOrg(orgId, async (tx) => {
  if (workMem) await tx.execute(sql.raw(`set local work_mem = '${workMem}'`));
  await tx.execute(sql`delete from signal_pair_days where org_id = ${orgId}::uuid`);
  await tx.execute(sql`delete from signal_unit_weeks where org_id = ${orgId}::uuid`);
  const plan = await rawRows<Record<string, string>>(tx, sql`explain (analyze) ${rollUp(orgId, sql`select initiator_id, recipient_id, occurred_at, answered_at from signal_events where org_id = ${orgId}::uuid`, 'empty')}`);
  console.log(plan.map((r) => String(Object.values(r)[0])).filter((l) => /Insert|Aggregate|Sort|Join|Scan on signal_events|Execution|JIT|Timing|Disk/.test(l)).join('\n'));
  throw new Error('rollback');
}).catch((e) => { if (e.message !== 'rollback') throw e; });
await db.close();
