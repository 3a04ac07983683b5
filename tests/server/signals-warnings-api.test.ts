import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { DEMO_PASSWORD, seedDemoOrg } from '../../src/server/demo/seed-demo-org';
import type { WarningView } from '../../src/shared/signals-warnings';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const NOW = new Date();
const UNKNOWN = '01a00000-0000-7000-8000-000000000000';

describe.each(drivers)('early warnings API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let orgId: string;
  let leader: Client;
  let analyst: Client;
  let admin: Client;
  let member: Client;
  let otherLeader: Client;
  let warnings: WarningView[];

  beforeAll(async () => {
    test = await openTestDb(kind);
    const demo = await seedDemoOrg({ db: test.db, people: 60, seed: 11, now: NOW });
    orgId = demo.orgId;
    app = await startTestApp(test.db);
    const email = (role: string) => demo.signIns.find((s) => s.role === role)?.email as string;
    leader = await signedIn(app, email('leader'), DEMO_PASSWORD);
    analyst = await signedIn(app, email('analyst'), DEMO_PASSWORD);
    admin = await signedIn(app, email('admin'), DEMO_PASSWORD);
    member = await signedIn(app, email('member'), DEMO_PASSWORD);
    const other = await createOrg(test.db);
    otherLeader = await signedIn(app, other.users.leader.email);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await test?.close();
  });

  it('lets only admins and analysts scan, and answers the counts', async () => {
    expect((await leader.request('POST', '/api/signals/warnings/scan')).statusCode).toBe(403);
    expect((await member.request('POST', '/api/signals/warnings/scan')).statusCode).toBe(403);
    // The demo seeder scanned once already: the same warnings are found again, none new.
    const seeded = (await leader.request('GET', '/api/signals/warnings')).json();
    expect(seeded.items.length).toBeGreaterThan(0);
    const scan = await analyst.request('POST', '/api/signals/warnings/scan');
    expect(scan.statusCode).toBe(200);
    expect(scan.json()).toEqual({ found: seeded.items.length, new: 0, updated: seeded.items.length, notified: 0 });
    expect((await admin.request('POST', '/api/signals/warnings/scan')).statusCode).toBe(200);
  });

  it('lists warnings newest first, each with a sentence, evidence and links to the rows behind it', async () => {
    const response = await leader.request('GET', '/api/signals/warnings');
    expect(response.statusCode).toBe(200);
    warnings = response.json().items;
    expect(response.json().lastScanAt).not.toBeNull();
    const weeks = warnings.map((w) => w.firstWeek);
    expect(weeks).toEqual([...weeks].sort().reverse());
    for (const warning of warnings) {
      expect(warning.sentence).toContain(warning.label);
      expect(warning.links.page).toMatch(/^\/signals\/(units|dyads|monitor)/);
      expect(warning.links.api).toMatch(/^\/api\//);
    }
    const dyad = warnings.find((w) => w.scope === 'dyad');
    expect(dyad?.dyad?.sales.name).toBeTruthy();
    expect(dyad?.links.page).toMatch(new RegExp(`^/signals/dyads/${dyad?.dyad?.sales.id}/${dyad?.dyad?.marketing.id}\\?from=\\d{4}-\\d{2}-\\d{2}&to=`));
    const contacts = warnings.find((w) => w.indicator === 'conflict_incidents' && w.type === 'break')!;
    expect(contacts.sentence).toMatch(/rose from 0\.0 to \d+\.\d \(z = \d+\.\d\), weeks \d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);
    expect(contacts.evidence?.z).toBeGreaterThanOrEqual(4);
    expect(contacts.series?.length).toBeGreaterThanOrEqual(16);
    // The API link answers with the rows.
    const promise = warnings.find((w) => w.indicator === 'promises_broken')!;
    expect((await leader.request('GET', promise.links.api)).statusCode).toBe(200);
  });

  it('filters by status, level, indicator and scope, and refuses malformed filters', async () => {
    const get = async (query: string) => (await leader.request('GET', `/api/signals/warnings?${query}`)).json().items as WarningView[];
    expect((await get('scope=dyad')).every((w) => w.scope === 'dyad')).toBe(true);
    expect((await get('scope=dyad')).length).toBeGreaterThan(0);
    expect((await get('indicator=conflict_incidents')).every((w) => w.indicator === 'conflict_incidents')).toBe(true);
    expect(await get('status=acknowledged')).toEqual([]);
    expect((await get('level=frontline')).every((w) => w.level === 'frontline')).toBe(true);
    for (const bad of ['status=closed', 'scope=team', 'indicator=mood', 'level=ceo']) {
      expect((await leader.request('GET', `/api/signals/warnings?${bad}`)).statusCode, bad).toBe(422);
    }
  });

  it('shows warnings to signal readers only, and one warning by id within the org', async () => {
    expect((await member.request('GET', '/api/signals/warnings')).statusCode).toBe(403);
    const one = warnings[0]!;
    expect((await member.request('GET', `/api/signals/warnings/${one.id}`)).statusCode).toBe(403);
    expect((await admin.request('GET', `/api/signals/warnings/${one.id}`)).json().id).toBe(one.id);
    expect((await leader.request('GET', `/api/signals/warnings/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await leader.request('GET', '/api/signals/warnings/not-an-id')).statusCode).toBe(422);
    expect((await otherLeader.request('GET', `/api/signals/warnings/${one.id}`)).statusCode).toBe(404);
    expect((await otherLeader.request('GET', '/api/signals/warnings')).json().items).toEqual([]);
  });

  it('acknowledges with a note once (409 the second time) and reopens', async () => {
    const id = warnings[0]!.id;
    expect((await member.request('POST', `/api/signals/warnings/${id}/acknowledge`, { note: 'x' })).statusCode).toBe(403);
    expect((await otherLeader.request('POST', `/api/signals/warnings/${id}/acknowledge`, {})).statusCode).toBe(404);
    expect((await leader.request('POST', `/api/signals/warnings/${UNKNOWN}/acknowledge`, {})).statusCode).toBe(404);
    expect((await leader.request('POST', `/api/signals/warnings/${id}/acknowledge`, { note: 'x'.repeat(2001) })).statusCode).toBe(422);
    const done = await leader.request('POST', `/api/signals/warnings/${id}/acknowledge`, { note: 'Talked to both teams.' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'acknowledged', acknowledged: { note: 'Talked to both teams.' } });
    const twice = await leader.request('POST', `/api/signals/warnings/${id}/acknowledge`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CONFLICT');
    expect((await leader.request('GET', '/api/signals/warnings?status=acknowledged')).json().items.map((w: WarningView) => w.id)).toEqual([id]);
    const reopened = await analyst.request('POST', `/api/signals/warnings/${id}/reopen`);
    expect(reopened.json()).toMatchObject({ status: 'open', acknowledged: null });
    expect((await analyst.request('POST', `/api/signals/warnings/${id}/reopen`)).statusCode).toBe(409);
    const bare = await leader.request('POST', `/api/signals/warnings/${id}/acknowledge`);
    expect(bare.statusCode, bare.body).toBe(200);
  });

  it('told leaders and analysts in the app, with a link to the warning', async () => {
    for (const client of [leader, analyst]) {
      const items = (await client.request('GET', '/api/notifications')).json().items as Array<{ kind: string; link: string; text: string }>;
      const mine = items.filter((n) => n.kind === 'signal_warning');
      expect(mine.length).toBeGreaterThan(0);
      expect(mine[0]!.link).toMatch(/^\/signals\/warnings\?id=/);
      expect(mine[0]!.text).toMatch(/^Early warning: /);
    }
    const items = (await member.request('GET', '/api/notifications')).json().items as Array<{ kind: string }>;
    expect(items.some((n) => n.kind === 'signal_warning')).toBe(false);
  });

  it('hides the figures of groups smaller than the reporting minimum, never a named dyad\'s', async () => {
    await test.db.withOrg(orgId, (tx) => tx.execute(sql`update orgs set reporting_minimum = 1000 where org_id = ${orgId}`));
    const items = (await leader.request('GET', '/api/signals/warnings')).json().items as WarningView[];
    const groups = items.filter((w) => w.scope !== 'dyad');
    expect(groups.length).toBeGreaterThan(0);
    for (const warning of groups) {
      expect(warning).toMatchObject({ suppressed: true, evidence: null, series: null, groupSize: null });
      expect(warning.sentence).toContain('smaller than the reporting minimum');
      expect(warning.sentence).not.toMatch(/\d+(\.\d)?%|z =/);
    }
    expect(items.filter((w) => w.scope === 'dyad').every((w) => !w.suppressed && w.evidence !== null)).toBe(true);
    await test.db.withOrg(orgId, (tx) => tx.execute(sql`update orgs set reporting_minimum = 5 where org_id = ${orgId}`));
  });

  it('scans again after a committed API ingest, off the request', async () => {
    const before = (await leader.request('GET', '/api/signals/warnings')).json().lastScanAt as string;
    const people = (await admin.request('GET', '/api/people')).json();
    const list = (people.items ?? people.people ?? people) as Array<{ email: string }>;
    const [a, b] = list;
    const batch = [{ source: a!.email, target: b!.email, occurredAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'email', externalId: `scan-${Date.now()}` }];
    expect((await analyst.request('POST', '/api/events/batch', batch)).statusCode).toBe(200);
    let after = before;
    for (let i = 0; i < 100 && after === before; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await leader.request('GET', '/api/signals/warnings')).json().lastScanAt;
    }
    expect(after > before).toBe(true);
  });
});
