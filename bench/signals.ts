/**
 * The signals benchmark (issue 4). Prints each figure, then as its last line one JSON object with every key (null for
 * a figure this run did not measure).
 *
 *   npm run bench:signals -- [--events 10000000]     Postgres figures need TEST_DATABASE_URL.
 *
 * - ingest_pglite_eps / ingest_postgres_eps: events/s through `ingestEvents` (parse, check, insert, rollups) from a
 *   generated CSV stream into a fresh file-backed PGlite / a fresh Postgres database; the figure is over all N
 *   events, and the rate over the first million is printed beside it.
 * - ingest_pglite_ceiling_eps / ingest_postgres_ceiling_eps: the storage ceiling beside them (bench/signals/ceiling-bench.ts):
 *   the first million events and their pair-day rows loaded by plain COPY from prepared text into two keyed tables,
 *   with nothing else; no ingest can be faster on the same database.
 * - refresh_ms_small_history / _large_history: one 10k-event batch on top of 1M and of N events (Postgres if set,
 *   else PGlite), median of 3.
 * - rebuild_s: full rebuild on Postgres (PGlite when no Postgres) from emptied rollups, every row written;
 *   rebuild_intact_s the same command over the rollups ingest built (every row compared, none written);
 *   duckdb_s: DuckDB computing the same rollups from the same events exported once to CSV; rebuild_vs_duckdb the
 *   ratio of rebuild_s to it.
 * - betweenness_s / igraph_s / betweenness_vs_igraph: from bench/signals/betweenness.ts.
 * - monitor_p99_ms: GET /api/signals/monitor over real HTTP, 20 concurrent clients for 10 s after one cold request
 *   (bench/signals/monitor-bench.ts), on Postgres when set, else on PGlite; monitor_p50_ms and monitor_cold_ms beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDemoOrg } from '../src/domain/org/demo';
import type { UseCaseContext } from '../src/server/actor';
import { createDb, type Database } from '../src/server/db/create-db';
import { createOrg } from '../src/server/org/create-org';
import { writePeople } from '../src/server/org/write-people';
import { ceilingText, pgliteCeiling, postgresCeiling } from './signals/ceiling-bench';
import { benchDuckdb } from './signals/duckdb-bench';
import { benchIngest, benchRefresh } from './signals/ingest-bench';
import { benchMonitor } from './signals/monitor-bench';
import { benchRebuild } from './signals/rebuild-bench';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const events = arg('events', 10_000_000);
const skipPglite = process.argv.includes('--no-pglite');
const log = (line: string) => process.stdout.write(`${line}\n`);
const round = (value: number | null, digits = 2) => (value === null ? null : Number(value.toFixed(digits)));

const demo = generateDemoOrg({ people: 5000, seed: 42 });
const end = new Date(Date.UTC(2026, 0, 1));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-signals-'));
log(`Signals benchmark: ${events.toLocaleString('en')} events over 12 months, demo org of ${demo.people.length.toLocaleString('en')} people, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}`);

async function seedOrg(db: Database): Promise<UseCaseContext> {
  const { orgId } = await createOrg(db, { name: 'Signals bench', adminEmail: `bench.${Date.now()}@bench.example`, adminName: 'Bench', adminPassword: 'bench password 1234' });
  await db.withOrg(orgId, (tx) => writePeople(tx, orgId, demo.people));
  return { db, actor: { userId: null, orgId, role: 'admin', personId: null } };
}

/** 1M events, a refresh, the rest up to N, a refresh: the ingest rate and both refresh times from one history. */
async function ingestAndRefresh(context: UseCaseContext, label: string) {
  const first = Math.min(events, 1_000_000);
  const small = await benchIngest(context, `${label} ingest`, { people: demo.people, events: first, end, seed: 1, prefix: 'b' });
  const refreshSmall = await benchRefresh(context, `${label} (1M history)`, { people: demo.people, end, seed: 100, prefix: 'rs' });
  let large = small;
  if (events > first) large = await benchIngest(context, `${label} ingest, continued`, { people: demo.people, events: events - first, end, seed: 2, prefix: 'b', from: first });
  const refreshLarge = events > first ? await benchRefresh(context, `${label} (${(events / 1e6).toFixed(0)}M history)`, { people: demo.people, end, seed: 200, prefix: 'rl' }) : refreshSmall;
  const eps = Math.round(events / (small.seconds + (events > first ? large.seconds : 0)));
  const cpu = small.cpuSeconds + (events > first ? large.cpuSeconds : 0);
  log(`${label}: ${eps.toLocaleString('en')} events/s over all ${events.toLocaleString('en')} events (first million ${small.epsAll.toLocaleString('en')}/s); ${Math.round(events / cpu).toLocaleString('en')} events per CPU-second of the bench process`);
  return { eps, refreshSmall, refreshLarge };
}

/** The ceiling's COPY text, made once (outside every timing) and shared by both drivers. */
let ceilingCache: ReturnType<typeof ceilingText> | undefined;
const ceiling = () => (ceilingCache ??= ceilingText(demo.people, Math.min(events, 1_000_000), end));

const figures: Record<string, number | null> = {
  ingest_pglite_eps: null,
  ingest_postgres_eps: null,
  ingest_pglite_ceiling_eps: null,
  ingest_postgres_ceiling_eps: null,
  refresh_ms_small_history: null,
  refresh_ms_large_history: null,
  rebuild_s: null,
  rebuild_intact_s: null,
  duckdb_s: null,
  rebuild_vs_duckdb: null,
  betweenness_s: null,
  igraph_s: null,
  betweenness_vs_igraph: null,
  monitor_p99_ms: null,
  monitor_p50_ms: null,
  monitor_cold_ms: null,
  monitor_health_p99_ms: null,
};

/**
 * What a DBA does after a bulk load, and autovacuum would otherwise do during the next measurements: vacuum and
 * analyze the signal tables, then checkpoint, so the latency and rebuild figures do not share the two cores with it.
 */
async function settleAfterBulkLoad(url: string) {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('vacuum (analyze) signal_events, signal_pair_days, signal_unit_weeks');
  await client.query('checkpoint');
  await client.end();
  log(`Postgres: vacuum (analyze) and checkpoint after the bulk load in ${((performance.now() - started) / 1000).toFixed(1)} s (not part of any figure)`);
}

/** The monitor read on the history's last day, so its windows hold the generated events. */
async function measureMonitor(context: UseCaseContext, label: string) {
  const asOf = new Date(end.getTime() - 86_400_000).toISOString().slice(0, 10);
  const result = await benchMonitor(context, label, { asOf });
  // The baseline, side by side: the app's cheapest endpoint under the same 20 clients.
  const health = await benchMonitor(context, `${label} baseline`, { asOf, path: '/api/health' });
  log(`Monitor p99 ${result.p99.toFixed(1)} ms vs /api/health p99 ${health.p99.toFixed(1)} ms under the same load (${(result.p99 / health.p99).toFixed(2)}×)`);
  figures.monitor_health_p99_ms = round(health.p99, 1);
  figures.monitor_p99_ms = round(result.p99, 1);
  figures.monitor_p50_ms = round(result.p50, 1);
  figures.monitor_cold_ms = round(result.coldMs, 0);
}

try {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!skipPglite) {
    const db = await createDb({ dataDir: path.join(dir, 'pglite') });
    const context = await seedOrg(db);
    const result = await ingestAndRefresh(context, 'PGlite');
    figures.ingest_pglite_eps = result.eps;
    figures.ingest_pglite_ceiling_eps = (await pgliteCeiling(path.join(dir, 'pglite-ceiling'), ceiling())).eventsPerSecond;
    log(`PGlite ingest ${result.eps.toLocaleString('en')} events/s = ${((result.eps / (figures.ingest_pglite_ceiling_eps ?? 1)) * 100).toFixed(0)} % of the storage ceiling (target 50,000/s)`);
    if (!serverUrl) {
      await measureMonitor(context, 'PGlite');
      figures.refresh_ms_small_history = result.refreshSmall;
      figures.refresh_ms_large_history = result.refreshLarge;
      const rebuild = await benchRebuild(context, 'PGlite (no TEST_DATABASE_URL)');
      figures.rebuild_s = round(rebuild.emptiedSeconds);
      figures.rebuild_intact_s = round(rebuild.intactSeconds);
    }
    await db.close();
  }
  if (serverUrl) {
    const name = `tandem_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      const db = await createDb({ databaseUrl: url.toString() });
      const context = await seedOrg(db);
      const result = await ingestAndRefresh(context, 'Postgres');
      figures.ingest_postgres_eps = result.eps;
      figures.ingest_postgres_ceiling_eps = (await postgresCeiling(url.toString(), ceiling())).eventsPerSecond;
      log(`Postgres ingest ${result.eps.toLocaleString('en')} events/s = ${((result.eps / (figures.ingest_postgres_ceiling_eps ?? 1)) * 100).toFixed(0)} % of the storage ceiling (target 100,000/s)`);
      figures.refresh_ms_small_history = result.refreshSmall;
      figures.refresh_ms_large_history = result.refreshLarge;
      await settleAfterBulkLoad(url.toString());
      await measureMonitor(context, 'Postgres');
      const rebuild = await benchRebuild(context, 'Postgres', url.toString());
      figures.rebuild_s = round(rebuild.emptiedSeconds);
      figures.rebuild_intact_s = round(rebuild.intactSeconds);
      await db.close();
      const duck = await benchDuckdb(url.toString(), context.actor.orgId, dir);
      figures.duckdb_s = round(duck.duckdbSeconds);
      if (figures.rebuild_s !== null) figures.rebuild_vs_duckdb = round(figures.rebuild_s / duck.duckdbSeconds);
      log(`Rebuild on Postgres from emptied rollups ${figures.rebuild_s} s (over intact ones ${figures.rebuild_intact_s} s) vs DuckDB ${figures.duckdb_s} s: ${figures.rebuild_vs_duckdb}× (target within 10×)`);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    log('Postgres: skipped (set TEST_DATABASE_URL to measure ingest, rebuild and DuckDB on Postgres).');
  }
  const betweennessFile = path.join(import.meta.dirname, 'signals', 'betweenness.ts');
  if (fs.existsSync(betweennessFile)) {
    const { benchBetweenness } = (await import('./signals/betweenness')) as unknown as { benchBetweenness: () => Promise<Record<string, number | null>> };
    const b = await benchBetweenness();
    figures.betweenness_s = b.betweenness_s ?? null;
    figures.igraph_s = b.igraph_s ?? null;
    figures.betweenness_vs_igraph = b.betweenness_vs_igraph ?? null;
  } else {
    log('Betweenness: bench/signals/betweenness.ts is not there yet.');
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
log(`Load average at the end: ${os.loadavg()[0]?.toFixed(1)} (wall-clock figures are only comparable on an idle machine)`);
log(JSON.stringify(figures));
