/**
 * The monitor endpoint alone, for tuning: a demo org of 5,000 people in an in-memory PGlite with `--events` events
 * (default 200,000), then the endpoint with 1 client (the service time) and with 20 (the benchmark's load).
 *   npx tsx bench/signals/monitor-profile.ts [--events 200000] [--seconds 5]
 * With TEST_DATABASE_URL set, on a fresh Postgres database instead (dropped at the end).
 */
import pg from 'pg';
import { generateDemoOrg } from '../../src/domain/org/demo';
import { createDb } from '../../src/server/db/create-db';
import { createOrg } from '../../src/server/org/create-org';
import { writePeople } from '../../src/server/org/write-people';
import { benchIngest } from './ingest-bench';
import { benchMonitor } from './monitor-bench';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const demo = generateDemoOrg({ people: 5000, seed: 42 });
const end = new Date(Date.UTC(2026, 0, 1));
const serverUrl = process.env.TEST_DATABASE_URL;
const name = `tandem_monitor_${Date.now().toString(36)}`;
const admin = serverUrl ? new pg.Client({ connectionString: serverUrl }) : null;
let databaseUrl: string | undefined;
if (admin && serverUrl) {
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}
const db = await createDb(databaseUrl ? { databaseUrl } : { dataDir: 'memory' });
process.stdout.write(`Monitor on ${databaseUrl ? 'Postgres' : 'PGlite (memory)'}\n`);
const { orgId } = await createOrg(db, { name: 'Monitor profile', adminEmail: 'admin@profile.example', adminName: 'Admin', adminPassword: 'profile password 1234' });
await db.withOrg(orgId, (tx) => writePeople(tx, orgId, demo.people));
const context = { db, actor: { userId: null, orgId, role: 'admin' as const, personId: null } };
await benchIngest(context, 'ingest', { people: demo.people, events: arg('events', 200_000), end, seed: 1, prefix: 'p' });
const asOf = '2025-12-31';
const seconds = arg('seconds', 5);
await benchMonitor(context, '1 client', { asOf, clients: 1, seconds });
await benchMonitor(context, '20 clients', { asOf, clients: 20, seconds });
await benchMonitor(context, '20 clients, baseline', { asOf, clients: 20, seconds, path: '/api/health' });
await db.close();
if (admin) {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
