/**
 * Where a Postgres batch's time goes, in CPU seconds (wall time is unreliable on a shared machine): the Node
 * process's CPU (parse, check, COPY text) and the Postgres backend's CPU (insert, rollups), read from /proc.
 *   npx tsx bench/signals/ingest-exp3.ts postgres://…/fresh_db [batches]
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { generateDemoOrg } from '../../src/domain/org/demo';
import { createDb } from '../../src/server/db/create-db';
import { rawRows } from '../../src/server/db/raw';
import { createOrg } from '../../src/server/org/create-org';
import { writePeople } from '../../src/server/org/write-people';
import { insertEventBatch, peopleRefs, prepareEvents } from '../../src/server/signals/events-repository';
import { readEventBatches } from '../../src/server/signals/event-stream';
import { eventCsvChunks } from './ingest-events-generator';

const ticks = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const db = await createDb({ databaseUrl: process.argv[2] as string });
const batchesWanted = Number(process.argv[3] ?? 5);
const demo = generateDemoOrg({ people: 5000, seed: 1 });
const { orgId } = await createOrg(db, { name: 'B', adminEmail: `b${Date.now()}@b.example`, adminName: 'B', adminPassword: 'bench password 1234' });
await db.withOrg(orgId, (tx) => writePeople(tx, orgId, demo.people));
const ids = new Map((await db.withOrg(orgId, (tx) => peopleRefs(tx, orgId))).map((r) => [r.email, r.id]));
const end = new Date();
const node0 = process.cpuUsage();
const batches = [];
for await (const b of readEventBatches(Readable.from(eventCsvChunks({ people: demo.people, events: 20000 * batchesWanted, seed: 3, end, days: 365 })), { format: 'csv', batchSize: 20000, nowMs: end.getTime(), clockSkewMs: 300000, resolvePerson: (r) => ids.get(r) })) if (b.events.length) batches.push(b.events);
const parseCpu = (process.cpuUsage(node0).user + process.cpuUsage(node0).system) / 1e6;
let backendCpu = 0;
const node1 = process.cpuUsage();
const wall = performance.now();
for (const events of batches) {
  await db.withOrg(orgId, async (tx) => {
    const [{ pid } = { pid: 0 }] = await rawRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
    const before = ticks(pid);
    await insertEventBatch(tx, orgId, prepareEvents('postgres', events));
    backendCpu += ticks(pid) - before;
  });
}
const n = batches.length * 20000;
const writeNodeCpu = (process.cpuUsage(node1).user + process.cpuUsage(node1).system) / 1e6;
console.log(`${n} events: parse+check ${(parseCpu * 1e6 / n).toFixed(1)} µs/event CPU; write: node ${(writeNodeCpu * 1e6 / n).toFixed(1)} µs/event, postgres backend ${(backendCpu * 1e6 / n).toFixed(1)} µs/event CPU; wall ${((performance.now() - wall) / 1000).toFixed(1)} s`);
await db.close();
