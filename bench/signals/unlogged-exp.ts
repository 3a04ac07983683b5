// Experiment: ingest and rebuild with the rollup tables logged vs unlogged (same events, same run, alternating).
//   TEST_DATABASE_URL=postgres://… npx tsx bench/signals/unlogged-exp.ts [events] [pglite]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { generateDemoOrg } from '../../src/domain/org/demo';
import { createDb, type Database } from '../../src/server/db/create-db';
import { createOrg } from '../../src/server/org/create-org';
import { writePeople } from '../../src/server/org/write-people';
import { benchIngest } from './ingest-bench';
import { benchRebuild } from './rebuild-bench';

const events = Number(process.argv[2] ?? 500_000);
const onPglite = process.argv[3] === 'pglite';
const demo = generateDemoOrg({ people: 5000, seed: 42 });
const end = new Date(Date.UTC(2026, 0, 1));
const base = process.env.TEST_DATABASE_URL as string;
for (const mode of ['logged', 'unlogged', 'logged', 'unlogged']) {
  let db: Database;
  let drop = async () => {};
  let unlogged = async () => {
    await db.withoutOrg(async (tx) => {
      await tx.execute(sql`alter table signal_pair_days set unlogged`);
      await tx.execute(sql`alter table signal_unit_weeks set unlogged`);
    });
  };
  if (onPglite) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unlogged-'));
    db = await createDb({ dataDir: dir });
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    const name = `tandem_exp_${Date.now()}`;
    await admin.query(`create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    db = await createDb({ databaseUrl: url.toString() });
    unlogged = async () => {
      const owner = new pg.Client({ connectionString: url.toString() });
      await owner.connect();
      await owner.query('alter table signal_pair_days set unlogged; alter table signal_unit_weeks set unlogged');
      await owner.end();
    };
    drop = async () => {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    };
  }
  if (mode === 'unlogged') await unlogged();
  const { orgId } = await createOrg(db, { name: 'x', adminEmail: `b${Date.now()}@b.example`, adminName: 'B', adminPassword: 'bench password 1234' });
  await db.withOrg(orgId, (tx) => writePeople(tx, orgId, demo.people));
  const context = { db, actor: { userId: null, orgId, role: 'admin' as const, personId: null } };
  const ingest = await benchIngest(context, `${mode} ingest`, { people: demo.people, events, end, seed: 1, prefix: 'b' });
  const rebuild = await benchRebuild(context, `${mode} rebuild`);
  console.log(JSON.stringify({ mode, eps: ingest.epsAll, cpuEps: Math.round(events / ingest.cpuSeconds), rebuild }));
  await db.close();
  await drop();
}
