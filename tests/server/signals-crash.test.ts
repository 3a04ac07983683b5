import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database } from '../../src/server/db/create-db';
import { ingestEvents } from '../../src/server/signals/ingest-events';
import { createOrg, personRecord } from '../support/factories';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { HEADER, countStoredEvents, dumpRollupsByEmail } from './signals-support';

const root = path.resolve(import.meta.dirname, '../..');
const people = Array.from({ length: 60 }, (_, i) =>
  personRecord({ email: `p${i}@crash.example`, function: i % 2 ? 'sales' : 'marketing', level: i % 3 ? 'frontline' : 'middle', region: i % 4 ? `R${i % 3}` : null }),
);
const LINES = 120_000;

/** A deterministic file: every fifth event has no external id (its id is derived), every 50th line repeats one. */
function writeEventsFile(file: string): void {
  const out = fs.openSync(file, 'w');
  let chunk = `${HEADER}\n`;
  for (let i = 0; i < LINES; i++) {
    const n = i % 50 === 49 ? i - 17 : i;
    const a = n % 60;
    const b = (n * 7 + 1) % 60 === a ? (a + 1) % 60 : (n * 7 + 1) % 60;
    const at = new Date(Date.UTC(2026, 0, 1) + n * 37_000).toISOString();
    const answered = n % 3 ? new Date(Date.UTC(2026, 0, 1) + n * 37_000 + (n % 1000) * 1000).toISOString() : '';
    chunk += `p${a}@crash.example,p${b}@crash.example,${at},email,source,${answered},${n % 5 ? `c${n}` : ''}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

function runCli(args: string[], env: Record<string, string>, killWhen?: (stderr: string) => boolean): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/tandem.js', ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (killWhen?.(stderr)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe.each(drivers)('an ingest killed with SIGKILL on %s', (kind) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-crash-'));
  const file = path.join(dir, 'events.csv');
  let test: TestDb | undefined;
  let env: Record<string, string>;
  let open: () => Promise<Database>;
  let orgId: string;

  beforeAll(async () => {
    writeEventsFile(file);
    if (kind === 'postgres') {
      test = await openTestDb('postgres');
      env = { DATABASE_URL: test.url as string };
      open = async () => (test as TestDb).db;
    } else {
      env = { DATA_DIR: path.join(dir, 'data') };
      open = () => createDb({ dataDir: env.DATA_DIR });
    }
    const db = await open();
    orgId = (await createOrg(db, { people })).orgId;
    if (kind === 'pglite') await db.close();
  }, 120_000);
  afterAll(async () => {
    await test?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('in abort mode, commits nothing from a file whose ingest was killed', async () => {
    const killed = await runCli(['import', 'events', file], env, (stderr) => /[1-9]\d* new, /.test(stderr));
    expect(killed.signal).toBe('SIGKILL');
    const db = await open();
    expect(await countStoredEvents(db, orgId)).toBe(0);
    if (kind === 'pglite') await db.close();
  }, 120_000);

  it('in skip mode, keeps what it acknowledged, counts nothing twice on the re-run, and ends with the rollups of a clean run', async () => {
    const committedSome = (stderr: string) => /[1-9]\d* new, \d+ duplicates, \d+ rejected — committed/.test(stderr);
    const killed = await runCli(['import', 'events', file, '--on-error', 'skip'], env, committedSome);
    expect(killed.signal).toBe('SIGKILL');
    const acknowledged = Math.max(...[...killed.stderr.matchAll(/ (\d+) new, /g)].map((m) => Number(m[1])));
    expect(acknowledged).toBeGreaterThan(0);

    let db = await open();
    const afterCrash = await countStoredEvents(db, orgId);
    expect(afterCrash).toBeGreaterThanOrEqual(acknowledged);
    expect(afterCrash).toBeLessThan(LINES);
    if (kind === 'pglite') await db.close();

    const rerun = await runCli(['import', 'events', file, '--on-error', 'skip'], env);
    expect(rerun.code).toBe(0);

    db = await open();
    const distinct = LINES - Math.floor(LINES / 50);
    expect(await countStoredEvents(db, orgId)).toBe(distinct);
    const recovered = await dumpRollupsByEmail(db, orgId);

    const clean = await createOrg(db, { people });
    const report = await ingestEvents(clean.contextFor('analyst'), { source: { kind: 'stream', input: fs.createReadStream(file), format: 'csv' }, onError: 'abort', now: new Date() });
    expect(report).toMatchObject({ accepted: distinct, duplicates: LINES - distinct, rejected: 0 });
    expect(recovered).toEqual(await dumpRollupsByEmail(db, clean.orgId));
    if (kind === 'pglite') await db.close();
  }, 240_000);
});
