import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrg, type DemoSignIn } from '../../src/server/demo/seed-demo-org';
import { listWarnings } from '../../src/server/signals/warnings/read-warnings';
import { digestFor } from '../../src/server/signals/warnings/warning-schedule';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const NOW = new Date();
const PUBLIC_URL = 'https://tandem.example.com';

describe.each(drivers)('the early-warning e-mail digest on %s', (kind) => {
  let test: TestDb;
  let catcher: SmtpCatcher;
  let orgId: string;
  let signIns: DemoSignIn[];
  let found: number;
  const settings = () => ({ smtpUrl: catcher.url, mailFrom: 'Tandem <tandem@example.com>', publicUrl: PUBLIC_URL });

  beforeAll(async () => {
    test = await openTestDb(kind);
    const demo = await seedDemoOrg({ db: test.db, people: 60, seed: 11, now: NOW });
    orgId = demo.orgId;
    signIns = demo.signIns;
    // The demo seeder scanned: these are the warnings no digest has sent yet.
    found = (await listWarnings({ db: test.db, actor: { userId: null, orgId, role: 'analyst', personId: null } }, {})).items.length;
    expect(found).toBeGreaterThan(0);
    catcher = await startSmtpCatcher();
  }, 120_000);
  afterAll(async () => {
    await catcher?.close();
    await test?.close();
  });

  it('is skipped with a clear reason when SMTP is not configured', async () => {
    const result = await digestFor(test.db, orgId, { smtpUrl: undefined, mailFrom: undefined, publicUrl: PUBLIC_URL }, NOW);
    expect(result).toEqual({ skipped: expect.stringContaining('SMTP_URL is not set') });
    expect(await digestFor(test.db, orgId, { smtpUrl: catcher.url, mailFrom: undefined, publicUrl: PUBLIC_URL }, NOW)).toEqual({ skipped: expect.stringContaining('MAIL_FROM is not set') });
    expect(catcher.mails).toHaveLength(0);
  });

  it('keeps the warnings unsent, with the error, when the SMTP server refuses', async () => {
    catcher.refuseWith = '554 Transaction failed: test refusal';
    const result = await digestFor(test.db, orgId, settings(), NOW);
    catcher.refuseWith = null;
    if ('skipped' in result) throw new Error(result.skipped);
    expect(result.sent).toEqual([]);
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0]!.error).toContain('554');
    expect(catcher.mails).toHaveLength(0);
  });

  it('reports an unreachable SMTP server as a failure, not a crash', async () => {
    const down = await startSmtpCatcher();
    await down.close();
    const result = await digestFor(test.db, orgId, { ...settings(), smtpUrl: down.url }, NOW);
    if ('skipped' in result) throw new Error(result.skipped);
    expect(result.failed.map((f) => f.error).join(' ')).toMatch(/ECONNREFUSED|connect/i);
    expect(result.sent).toEqual([]);
  });

  it('then sends each leader and analyst their new warnings, with links to the app, and nobody else', async () => {
    const result = await digestFor(test.db, orgId, settings(), NOW);
    if ('skipped' in result) throw new Error(result.skipped);
    const expected = signIns.filter((s) => s.role === 'leader' || s.role === 'analyst').map((s) => s.email).sort();
    expect(catcher.mails.flatMap((mail) => mail.to).sort()).toEqual(expected);
    expect(result.sent.map((s) => s.warnings)).toEqual([found, found]);
    for (const mail of catcher.mails) {
      expect(mail.from).toBe('tandem@example.com');
      expect(mail.subject).toMatch(new RegExp(`^Tandem: ${found} new early warnings for `));
      expect(mail.decoded).toContain('Conflict incidents per week in');
      expect(mail.decoded).toContain(`${PUBLIC_URL}/signals/warnings?id=`);
      expect(mail.decoded).toContain(`<a href="${PUBLIC_URL}/signals/warnings">All warnings</a>`);
      expect(mail.data).toContain('Content-Type: text/html');
      expect(mail.data).toContain('Content-Type: text/plain');
    }
  });

  it('never sends the same warning twice', async () => {
    const before = catcher.mails.length;
    const result = await digestFor(test.db, orgId, settings(), NOW);
    expect(result).toEqual({ sent: [], failed: [] });
    expect(catcher.mails).toHaveLength(before);
  });
});
