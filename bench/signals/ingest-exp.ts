import { sql } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { generateDemoOrg } from '/work/signals/src/domain/org/demo';
import { createDb } from '/work/signals/src/server/db/create-db';
import { createOrg } from '/work/signals/src/server/org/create-org';
import { writePeople } from '/work/signals/src/server/org/write-people';
import { peopleRefs } from '/work/signals/src/server/signals/events-repository';
import { readEventBatches } from '/work/signals/src/server/signals/event-stream';
import { rollUp } from '/work/signals/src/server/signals/rollups-repository';
import { eventCsvChunks } from '/work/signals/bench/signals/ingest-events-generator';
const db = await createDb({ dataDir: process.argv[2] === 'mem' ? 'memory' : '/tmp/h4-exp-' + Date.now() });
const demo = generateDemoOrg({ people: 5000, seed: 1 });
const { orgId } = await createOrg(db, { name: 'B', adminEmail: `b${Date.now()}@b.example`, adminName: 'B', adminPassword: 'bench password 1234' });
await db.withOrg(orgId, (tx) => writePeople(tx, orgId, demo.people));
const refs = await db.withOrg(orgId, (tx) => peopleRefs(tx, orgId));
const ids = new Map(refs.map((r) => [r.email, r.id]));
const end = new Date();
const batches = [];
for await (const b of readEventBatches(Readable.from(eventCsvChunks({ people: demo.people, events: 100000, seed: 3, end, days: 365 })), { format: 'csv', batchSize: 20000, nowMs: end.getTime(), clockSkewMs: 300000, resolvePerson: (r) => ids.get(r) })) batches.push(b.events);
const MS = (ms: number) => new Date(ms).toISOString();
for (const [label, mode] of [['insert only', 0], ['insert+rollup', 1], ['select unnest count', 2]] as const) {
  const t = performance.now();
  let k = 0;
  for (const events of batches) {
    k++;
    const column = (pick: (e: any) => unknown) => sql.param(events.map(pick));
    const src = sql`select * from unnest(${column((e) => e.externalId + label)}::text[], ${column((e) => e.initiatorId)}::uuid[], ${column((e) => e.recipientId)}::uuid[], ${column((e) => MS(e.occurredAtMs))}::timestamptz[], ${column((e) => e.channel)}::text[], ${column((e) => (e.answeredAtMs === null ? null : MS(e.answeredAtMs)))}::timestamptz[]) as u(external_id, initiator_id, recipient_id, occurred_at, channel, answered_at)`;
    const ins = sql`insert into signal_events (org_id, external_id, initiator_id, recipient_id, occurred_at, channel, answered_at) select ${orgId}::uuid, s.* from (${src}) s on conflict do nothing returning initiator_id, recipient_id, occurred_at, answered_at`;
    await db.withOrg(orgId, (tx) => tx.execute(mode === 0 ? ins : mode === 1 ? rollUp(orgId, ins) : sql`select count(*) from (${src}) s`));
  }
  console.log(label, (100000 / ((performance.now() - t) / 1000)).toFixed(0), '/s');
}
await db.close();
