/**
 * The initiative page's data endpoint under load: a 5,000-person demo organisation with 200 initiatives, each with
 * evidence, feedback and a pulse answered by most of its invitees; the real server (`tandem start`, its own process)
 * on PGlite and on Postgres (when TEST_DATABASE_URL is set); 20 concurrent clients on GET /api/initiatives/:id
 * (random initiatives) and the same on /api/health, for a fixed time each. Prints p50/p99/requests per second of
 * both and their ratio, then one JSON line. Targets: p99 < 50 ms and at least 10% of health's rate.
 *
 *   npm run bench:buyin -- [--people 5000] [--initiatives 200] [--clients 20] [--seconds 10]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seededRandom } from '../src/domain/common/random';
import { STAGES } from '../src/shared/buyin';
import { createDb, type Database } from '../src/server/db/create-db';
import { DEMO_PASSWORD, seedDemoOrg } from '../src/server/demo/seed-demo-org';
import { seedBenchInitiatives } from '../src/server/buyin/demo-bench-initiatives';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const peopleCount = arg('people', 5_000);
const initiativeCount = arg('initiatives', 200);
const clients = arg('clients', 20);
const seconds = arg('seconds', 10);
const log = (line: string) => process.stdout.write(`${line}\n`);
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function seed(db: Database): Promise<{ email: string; initiativeIds: string[] }> {
  const started = performance.now();
  const { orgId, signIns } = await seedDemoOrg({ db, people: peopleCount, seed: 11, now: new Date(), contributors: [] });
  const seller = signIns.find((s) => s.role === 'member' && s.who.includes('sales')) ?? signIns[0];
  const seeded = await seedBenchInitiatives(db, orgId, { count: initiativeCount, random: seededRandom(5), now: new Date() });
  log(`  seeded ${peopleCount.toLocaleString('en')} people, ${seeded.initiativeIds.length} initiatives, ${seeded.invitations.toLocaleString('en')} invitations and ${seeded.responses.toLocaleString('en')} answers in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { email: seller?.email as string, initiativeIds: seeded.initiativeIds };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `tandem start` in its own process, as in production, and waits until it is healthy. */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/tandem.js', 'start', '--no-demo', '--port', String(port)], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited before it was healthy');
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    base,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tandem_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] as string;
}

interface Phase {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** `clients` loops, each sending its next request when the last one answered, for `seconds`. */
async function load(pathOf: (random: () => number) => string, base: string, cookie: string | null): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const random = seededRandom(1000 + client);
      while (performance.now() < deadline) {
        const sent = performance.now();
        const response = await fetch(`${base}${pathOf(random.next)}`, { headers: cookie ? { cookie } : {} });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (response.status !== 200) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), errors };
}

async function measure(label: string, env: Record<string, string>, email: string, initiativeIds: readonly string[]) {
  const server = await startServer(env);
  try {
    const cookie = await signIn(server.base, email);
    // Warm-up: each initiative once, so results are computed (then cached per answers version) before measuring.
    const warm: number[] = [];
    for (const id of initiativeIds) {
      const sent = performance.now();
      const response = await fetch(`${server.base}/api/initiatives/${id}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`GET /api/initiatives/${id}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      warm.push(performance.now() - sent);
    }
    warm.sort((a, b) => a - b);
    log(`${label}: warm-up, each initiative once (computes its results): median ${quantile(warm, 0.5).toFixed(1)} ms, slowest ${warm[warm.length - 1]?.toFixed(0)} ms`);
    const health = await load(() => '/api/health', server.base, null);
    const page = await load((random) => `/api/initiatives/${initiativeIds[Math.floor(random() * initiativeIds.length)]}`, server.base, cookie);
    const ratio = page.perSecond / health.perSecond;
    const show = (name: string, p: Phase) =>
      log(`  ${name.padEnd(26)} p50 ${p.p50.toFixed(1).padStart(6)} ms   p99 ${p.p99.toFixed(1).padStart(6)} ms   ${p.perSecond.toFixed(0).padStart(6)} req/s   (${p.requests} requests, ${p.errors} errors)`);
    show('GET /api/health', health);
    show('GET /api/initiatives/:id', page);
    const met = page.p99 < 50 && ratio >= 0.1 && page.errors === 0;
    log(`  initiative page at ${(ratio * 100).toFixed(1)}% of health's rate; p99 ${page.p99.toFixed(1)} ms — ${met ? 'meets' : 'misses'} the targets (p99 < 50 ms, ≥ 10%)`);
    return { health, page, ratio, met, warmMedianMs: quantile(warm, 0.5) };
  } finally {
    await server.stop();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
const summary = (r: Awaited<ReturnType<typeof measure>>) => ({
  health_rps: Math.round(r.health.perSecond),
  health_p99_ms: round(r.health.p99),
  page_p50_ms: round(r.page.p50),
  page_p99_ms: round(r.page.p99),
  page_rps: Math.round(r.page.perSecond),
  ratio: round(r.ratio * 100) / 100,
  errors: r.page.errors,
  met: r.met,
});

log(`Initiative page under load: ${peopleCount.toLocaleString('en')} people, ${initiativeCount} initiatives (stages ${STAGES.join(', ')}), ${clients} clients, ${seconds} s per route`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-buyin-'));
const figures: Record<string, unknown> = { people: peopleCount, initiatives: initiativeCount, clients, seconds };
try {
  const dataDir = path.join(tmp, 'pglite');
  const pglite = await createDb({ dataDir });
  log('PGlite (file):');
  const pgliteSeed = await seed(pglite);
  await pglite.close();
  figures.pglite = summary(await measure('PGlite', { DATA_DIR: dataDir, DATABASE_URL: '' }, pgliteSeed.email, pgliteSeed.initiativeIds));

  if (process.env.TEST_DATABASE_URL) {
    const name = `tandem_bench_buyin_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      const postgres = await createDb({ databaseUrl: url.toString() });
      log('Postgres:');
      const postgresSeed = await seed(postgres);
      await postgres.close();
      figures.postgres = summary(await measure('Postgres', { DATABASE_URL: url.toString() }, postgresSeed.email, postgresSeed.initiativeIds));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    log('Postgres: skipped (set TEST_DATABASE_URL to a Postgres server to measure it)');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
log(JSON.stringify(figures));
