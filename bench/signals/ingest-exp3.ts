// Where the time of one batch goes on Postgres: COPY into staging, the insert alone, the insert with the rollups.
import { sql } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { generateDemoOrg } from '../../src/domain/org/demo';
import { createDb } from '../../src/server/db/create-db';
import { rawRows } from '../../src/server/db/raw';
import { createOrg } from '../../src/server/org/create-org';
import { writePeople } from '../../src/server/org/write-people';
import { peopleRefs } from '../../src/server/signals/events-repository';
import { readEventBatches } from '../../src/server/signals/event-stream';
import { eventCsvChunks } from './ingest-events-generator';
const db = await createDb({ databaseUrl: process.argv[2] as string });
const demo = generateDemoOrg({ people: 5000, seed: 1 });
const { orgId } = await createOrg(db, { name: 'B', adminEmail: `b${Date.now()}@b.example`, adminName: 'B', adminPassword: 'bench password 1234' });
await db.withOrg(orgId, (tx) => writePeople(tx, orgId, demo.people));
const refs = await db.withOrg(orgId, (tx) => peopleRefs(tx, orgId));
const ids = new Map(refs.map((r) => [r.email, r.id]));
const end = new Date();
for await (const b of readEventBatches(Readable.from(eventCsvChunks({ people: demo.people, events: 20000, seed: 3, end, days: 365 })), { format: 'csv', batchSize: 20000, nowMs: end.getTime(), clockSkewMs: 300000, resolvePerson: (r) => ids.get(r) })) {
  if (b.events.length === 0) continue;
  const { insertEventBatch } = await import('../../src/server/signals/events-repository');
  await db.withOrg(orgId, async (tx) => {
    await tx.execute(sql`set local auto_explain.log_min_duration = 0`).catch(() => {});
    const t = performance.now();
    const n = await insertEventBatch(tx, 'postgres', orgId, b.events);
    console.log('batch', n, (performance.now() - t).toFixed(0), 'ms');
  });
}
const { rollUp } = await import('../../src/server/signals/rollups-repository');
await db.withOrg(orgId, async (tx) => {
  const plan = await rawRows<Record<string, string>>(tx, sql`explain (analyze, buffers off) ${rollUp(orgId, sql`select initiator_id, recipient_id, occurred_at, answered_at from signal_events where org_id = ${orgId}::uuid`)}`);
  console.log(plan.map((r) => Object.values(r)[0]).join('\n'));
  const plan2 = await rawRows<Record<string, string>>(tx, sql`explain (analyze, buffers off) insert into signal_events (org_id, external_id, initiator_id, recipient_id, occurred_at, channel, answered_at) select org_id, external_id || 'z', initiator_id, recipient_id, occurred_at, channel, answered_at from signal_events where org_id = ${orgId}::uuid`);
  console.log(plan2.map((r) => Object.values(r)[0]).join('\n'));
  throw new Error('rollback');
}).catch(() => {});
await db.close();
