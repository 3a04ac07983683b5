import pg from 'pg';
import { createDb } from '../../src/server/db/create-db';
import { rebuildRollups } from '../../src/server/signals/rebuild-rollups';
// Times the rebuild use case on a Postgres database that holds one org's events (e.g. after ingest-exp3.ts).
//   npx tsx bench/signals/rebuild-time.ts postgres://…/db [runs]
const url = process.argv[2] as string;
const c = new pg.Client({ connectionString: url });
await c.connect();
const orgId = (await c.query('select org_id from signal_events limit 1')).rows[0].org_id as string;
await c.end();
const db = await createDb({ databaseUrl: url });
for (let run = 0; run < Number(process.argv[3] ?? 2); run++) {
  const result = await rebuildRollups({ db, actor: { userId: null, orgId, role: 'admin', personId: null } });
  console.log(`rebuild ${result.seconds.toFixed(2)} s: ${result.events} events, ${result.pairRows} pair rows, ${result.unitRows} unit rows`);
}
await db.close();
