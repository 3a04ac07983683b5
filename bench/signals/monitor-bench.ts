/**
 * The monitor endpoint over real HTTP (issue 4: "Monitor endpoint p50/p99 under 20 concurrent clients; target p99
 * under 50 ms"): the app on the bench's database, an analyst signed in through the API, one cold request (computes
 * the lattice and fills the cache), then 20 clients each sending the next request as soon as the last one answered,
 * for `seconds`. Half the requests ask for the whole org, half for one unit, all on the history's last day.
 * The clients run in a worker thread, as outside clients would: their fetch work must not queue on the server's
 * event loop and count as server latency.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createApp } from '../../src/server/app';
import type { UseCaseContext } from '../../src/server/actor';
import { hashPassword } from '../../src/server/auth/passwords';
import { loadConfig } from '../../src/server/config';
import { createUserIn } from '../../src/server/users/create-user';

const PASSWORD = 'bench monitor password 1234';
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function benchMonitor(context: UseCaseContext, label: string, options: { asOf: string; clients?: number; seconds?: number; /** Time this path instead (e.g. /api/health as the baseline). */ path?: string }): Promise<{ coldMs: number; p50: number; p99: number; requests: number }> {
  const { db, actor } = context;
  const email = `monitor.${Date.now()}@bench.example`;
  const passwordHash = await hashPassword(PASSWORD);
  await db.withOrg(actor.orgId, (tx) => createUserIn(tx, actor.orgId, { email, name: 'Bench analyst', role: 'analyst', passwordHash }));
  const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000', COOKIE_SECURE: 'false' }), db);
  try {
    const base = await app.server.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const get = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const whole = `/api/signals/monitor?asOf=${options.asOf}`;
    const coldMs = await get(whole);
    const first = (await (await fetch(`${base}${whole}`, { headers: { cookie } })).json()) as { units: Array<{ unit: string }> };
    const unit = first.units[0]?.unit;
    const paths = options.path ? [options.path] : [whole, unit ? `${whole}&unit=${encodeURIComponent(unit)}` : whole];
    const latencies = await loadFromWorker({ base, cookie, paths, clients: options.clients ?? 20, seconds: options.seconds ?? 10 });
    latencies.sort((a, b) => a - b);
    const result = { coldMs, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), requests: latencies.length };
    process.stdout.write(
      `  ${label} ${options.path ?? 'monitor'}: cold ${coldMs.toFixed(0)} ms; ${result.requests.toLocaleString('en')} cached requests from ${options.clients ?? 20} clients in ${options.seconds ?? 10} s: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms (target p99 < 50 ms)\n`,
    );
    return result;
  } finally {
    await app.close();
  }
}

/** Plain JavaScript for the worker: closed-loop clients, each timing its own requests. */
const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, cookie, paths, clients, seconds } = workerData;
const latencies = [];
const until = performance.now() + seconds * 1000;
async function client(start) {
  for (let i = start; performance.now() < until; i++) {
    const started = performance.now();
    const response = await fetch(base + paths[i % paths.length], { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error('status ' + response.status);
    latencies.push(performance.now() - started);
  }
}
Promise.all(Array.from({ length: clients }, (_, i) => client(i))).then(() => parentPort.postMessage(latencies));
`;

async function loadFromWorker(workerData: { base: string; cookie: string; paths: string[]; clients: number; seconds: number }): Promise<number[]> {
  const worker = new Worker(CLIENTS, { eval: true, workerData });
  const [latencies] = (await once(worker, 'message')) as [number[]];
  await worker.terminate();
  return latencies;
}
