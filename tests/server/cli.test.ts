import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher } from '../support/smtp-catcher';

const run = promisify(execFile);
const bin = path.resolve('bin/tandem.js');

/** Runs the real CLI in a child process against a PGlite directory of its own. */
async function tandem(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env, DATABASE_URL: '' }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the tandem CLI on PGlite', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-'));
    env = { DATA_DIR: path.join(dir, 'data') };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints help with every command', async () => {
    const { stdout } = await tandem(['--help'], env);
    for (const command of ['start', 'demo', 'import', 'agreement']) expect(stdout).toContain(command);
  });

  it('creates a deterministic demo organisation and prints its sign-ins', async () => {
    const result = await tandem(['demo', '--people', '40', '--seed', '3'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created demo organisation ".+" with 40 people/);
    expect(result.stdout).toMatch(/admin\s+admin@/);
  }, 120_000);

  it('scans for early warnings, skips the digest without SMTP, and e-mails it once through a local catcher', async () => {
    const scan = await tandem(['signals', 'scan'], env);
    expect(scan.code).toBe(0);
    // The demo scanned when it was seeded, so the same weeks give nothing new.
    const found = Number(/^Early warnings: (\d+) found, 0 new, \d+ updated; 0 in-app notifications\.$/m.exec(scan.stdout)?.[1]);
    expect(found).toBeGreaterThan(0);

    const noMail = await tandem(['signals', 'scan', '--digest'], env);
    expect(noMail.code).toBe(0);
    expect(noMail.stdout).toMatch(/No warning digest was e-mailed: .*SMTP_URL/);

    const catcher = await startSmtpCatcher();
    try {
      const mailEnv = { ...env, SMTP_URL: catcher.url, MAIL_FROM: 'tandem@cli.example', PUBLIC_URL: 'https://tandem.cli.example' };
      const mailed = await tandem(['signals', 'scan', '--digest'], mailEnv);
      expect(mailed.code).toBe(0);
      const sent = Number(/^Digest: (\d+) e-mailed/m.exec(mailed.stdout)?.[1]);
      expect(sent).toBeGreaterThan(0);
      expect(catcher.mails).toHaveLength(sent);
      expect(catcher.mails[0]?.decoded).toContain('https://tandem.cli.example/signals/warnings?id=');
      const again = await tandem(['signals', 'scan', '--digest'], mailEnv);
      expect(again.stdout).toContain('Digest: 0 e-mailed (nothing new).');
      expect(catcher.mails).toHaveLength(sent);
    } finally {
      await catcher.close();
    }
  }, 180_000);

  it('checks a file on --dry-run, refuses a bad one with row errors and exit code 1, and imports a good one', async () => {
    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, 'email,name,function,level\nnew.rep@cli.example,New Rep,sales,frontline\n');
    const dry = await tandem(['import', 'people', good, '--dry-run'], env);
    expect(dry.stdout).toContain('Would import 1 rows: 1 new, 0 updated. (dry run: nothing written)');

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'email,name,function,level\nbad@cli.example,Bad Row,sales,galactic\n');
    const refused = await tandem(['import', 'people', bad], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 2: .*galactic/);

    const imported = await tandem(['import', 'people', good], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 1 rows: 1 new, 0 updated.');
    const again = await tandem(['import', 'people', good], env);
    expect(again.stdout).toContain('Imported 1 rows: 0 new, 1 updated.');
  }, 180_000);

  it('says clearly when a file does not exist', async () => {
    const result = await tandem(['import', 'people', path.join(dir, 'missing.csv')], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^tandem import people: There is no file .*missing\.csv\.$/);
  });

  it('refuses a second process on the same data directory with a one-line error', async () => {
    const lock = path.join(env.DATA_DIR as string, 'tandem.lock');
    fs.writeFileSync(lock, String(process.pid));
    try {
      const result = await tandem(['demo', '--people', '10'], env);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`data directory ${env.DATA_DIR} is in use by another process (pid ${process.pid})`);
    } finally {
      fs.unlinkSync(lock);
    }
  });
});
