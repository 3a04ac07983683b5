/**
 * People-import rate for 50,000 people on PGlite and on Postgres (when TEST_DATABASE_URL is set), and the server's
 * time from start to its first healthy response. Prints each figure, then one JSON line with all of them.
 *
 *   npm run bench:import -- [--people 50000] [--runs 3]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDemoOrg } from '../src/domain/org/demo';
import type { PersonRecord } from '../src/domain/org/types';
import type { UseCaseContext } from '../src/server/actor';
import { createDb, type Database } from '../src/server/db/create-db';
import { createOrg } from '../src/server/org/create-org';
import { importPeople } from '../src/server/people-import/import-people';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const peopleCount = arg('people', 50_000);
const runs = arg('runs', 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const log = (line: string) => process.stdout.write(`${line}\n`);

function toCsv(people: readonly PersonRecord[]): string {
  const quote = (v: string | null) => (v === null ? '' : /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = ['Work Email,Full Name,Department,Job Level,Manager Email,Region,Job Title,Status'];
  for (const p of people) lines.push([p.email, p.name, p.function, p.level, p.managerEmail, p.region, p.title, p.active ? 'Active' : 'Inactive'].map(quote).join(','));
  return lines.join('\n');
}

async function importRates(db: Database, csv: Buffer, label: string) {
  const fresh: number[] = [];
  const again: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { orgId } = await createOrg(db, { name: `Bench ${run}`, adminEmail: `bench.${label}.${run}.${Date.now()}@bench.example`, adminName: 'Bench', adminPassword: 'bench password 1234' });
    const context: UseCaseContext = { db, actor: { userId: null, orgId, role: 'admin', personId: null } };
    for (const rates of [fresh, again]) {
      const started = performance.now();
      const report = await importPeople(context, { csv, dryRun: false, source: 'bench' });
      const seconds = (performance.now() - started) / 1000;
      if (!report.written || report.totalRows !== peopleCount) throw new Error(`import did not write: ${report.errorCount} errors`);
      rates.push(peopleCount / seconds);
    }
  }
  log(`${label}: new people ${median(fresh).toFixed(0)} rows/s (runs: ${fresh.map((r) => r.toFixed(0)).join(', ')}); re-import (updates) ${median(again).toFixed(0)} rows/s`);
  return { fresh: Math.round(median(fresh)), again: Math.round(median(again)) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Spawns `tandem start` and measures the time until /api/health answers 200. */
async function startToHealthy(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/tandem.js', 'start', '--no-demo', '--port', String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error('the server exited before it was healthy');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
const csv = Buffer.from(toCsv(generateDemoOrg({ people: peopleCount, seed: 1 }).people));
log(`People import, ${peopleCount.toLocaleString('en')} people (${(csv.length / 1024 / 1024).toFixed(1)} MB CSV), median of ${runs} runs; each run: parse + validate + write in one transaction`);

const pglite = await createDb({ dataDir: path.join(tmp, 'pglite') });
const pgliteRates = await importRates(pglite, csv, 'PGlite (file)');
await pglite.close();

let postgresRates: { fresh: number; again: number } | null = null;
if (process.env.TEST_DATABASE_URL) {
  const name = `tandem_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const postgres = await createDb({ databaseUrl: url.toString() });
  postgresRates = await importRates(postgres, csv, 'Postgres');
  await postgres.close();
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
} else {
  log('Postgres: skipped (set TEST_DATABASE_URL to a Postgres server to measure it)');
}

const startDir = path.join(tmp, 'start');
const coldMs = await startToHealthy(startDir);
const warm: number[] = [];
for (let run = 0; run < runs; run++) warm.push(await startToHealthy(startDir));
log(`Start to first healthy response: first start ${coldMs.toFixed(0)} ms (creates and migrates the database); later starts ${median(warm).toFixed(0)} ms (runs: ${warm.map((w) => w.toFixed(0)).join(', ')})`);
fs.rmSync(tmp, { recursive: true, force: true });

log(
  JSON.stringify({
    people: peopleCount,
    import_pglite_rows_per_s: pgliteRates.fresh,
    reimport_pglite_rows_per_s: pgliteRates.again,
    import_postgres_rows_per_s: postgresRates?.fresh ?? null,
    reimport_postgres_rows_per_s: postgresRates?.again ?? null,
    start_to_healthy_first_ms: Math.round(coldMs),
    start_to_healthy_ms: Math.round(median(warm)),
  }),
);
