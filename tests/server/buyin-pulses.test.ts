import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/passwords';
import { insertInitiative } from '../../src/server/buyin/initiatives-repository';
import { loadInitiativeBuyin, loadLatestBeliefs } from '../../src/server/buyin/initiative-results';
import { newId } from '../../src/server/ids';
import { allPeople } from '../../src/server/org/people-repository';
import { createUserIn } from '../../src/server/users/create-user';
import { INITIATIVE_PULSE_ITEMS, ORGANISATION_PULSE_ITEMS } from '../../src/domain/buyin/pulse-items';
import { createOrg, personRecord, TEST_PASSWORD } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const rep = (email: string, manager: string, region: string) => personRecord({ email, managerEmail: manager, region, level: 'frontline' });
const people = [
  personRecord({ email: 'ceo@acme.example', function: 'other', level: 'senior', region: null, title: 'CEO' }),
  personRecord({ email: 'vp@acme.example', level: 'senior', managerEmail: 'ceo@acme.example', region: null, title: 'VP Sales' }),
  personRecord({ email: 'cmo@acme.example', function: 'marketing', level: 'senior', managerEmail: 'ceo@acme.example', region: null }),
  personRecord({ email: 'pm@acme.example', function: 'marketing', level: 'middle', managerEmail: 'cmo@acme.example', region: 'North' }),
  personRecord({ email: 'rsm.north@acme.example', level: 'middle', managerEmail: 'vp@acme.example', region: 'North' }),
  personRecord({ email: 'rsm.south@acme.example', level: 'middle', managerEmail: 'vp@acme.example', region: 'South' }),
  ...[1, 2, 3, 4, 5, 6].map((i) => rep(`north${i}@acme.example`, 'rsm.north@acme.example', 'North')),
  ...[1, 2].map((i) => rep(`south${i}@acme.example`, 'rsm.south@acme.example', 'South')),
];
const sellers = ['vp', 'rsm.north', 'rsm.south', 'north1', 'north2', 'north3', 'north4', 'north5', 'north6', 'south1', 'south2'] as const;
type Name = (typeof sellers)[number] | 'pm' | 'admin' | 'leader' | 'auditor' | 'outsider';

const answersOf = (items: ReadonlyArray<{ id: string }>, value: number) => Object.fromEntries(items.map((i) => [i.id, value]));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe.each(drivers)('buy-in pulses on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let other: Awaited<ReturnType<typeof createOrg>>;
  const as = {} as Record<Name, Client>;
  const idOf = new Map<string, string>();
  let committed: string;
  let absorbing: string;
  let pulseId: string;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    org = await createOrg(test.db, { name: 'Acme', people });
    other = await createOrg(test.db, { name: 'Other' });
    const hash = await hashPassword(TEST_PASSWORD);
    await test.db.withOrg(org.orgId, async (tx) => {
      for (const p of await allPeople(tx, org.orgId)) idOf.set(p.email.split('@')[0] as string, p.id);
      for (const name of [...sellers, 'pm']) await createUserIn(tx, org.orgId, { email: `${name}@acme.example`, name, role: 'member', passwordHash: hash });
      committed = (await insertInitiative(tx, { orgId: org.orgId, id: newId(), title: 'Value selling', stage: 'commitment', ownerPersonId: idOf.get('pm') as string })).id;
      absorbing = (
        await insertInitiative(tx, {
          orgId: org.orgId,
          id: newId(),
          title: 'New pricing',
          stage: 'absorption',
          ownerPersonId: idOf.get('pm') as string,
          absorptionStartedAt: new Date(),
          absorptionEndsAt: new Date('2099-03-02T00:00:00Z'),
        })
      ).id;
    });
    for (const name of [...sellers, 'pm'] as const) as[name] = await signedIn(app, `${name}@acme.example`);
    as.admin = await signedIn(app, org.users.admin.email);
    as.leader = await signedIn(app, org.users.leader.email);
    as.auditor = await signedIn(app, org.users.auditor.email);
    as.outsider = await signedIn(app, other.users.admin.email);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  const open = (initiativeId: string, by: Client = as.pm, body: object = { levels: ['senior', 'middle', 'frontline'], closesAt: inDays(7) }) =>
    by.request('POST', `/api/initiatives/${initiativeId}/pulses`, body);

  it('refuses a pulse while sales is still absorbing the initiative, naming the day absorption ends', async () => {
    const response = await open(absorbing);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain('2099-03-02');
  });

  it('refuses a pulse opened by a seller or an auditor', async () => {
    expect((await open(committed, as.north1)).statusCode).toBe(403);
    expect((await open(committed, as.auditor)).statusCode).toBe(403);
  });

  it('refuses an audience nobody is in and a closing time in the past, changing nothing', async () => {
    expect((await open(committed, as.pm, { levels: ['frontline'], regions: ['Atlantis'], closesAt: inDays(7) })).json().error.message).toMatch(/wider audience/);
    expect((await open(committed, as.pm, { levels: ['frontline'], closesAt: inDays(-1) })).statusCode).toBe(422);
    expect((await as.pm.request('GET', '/api/pulses')).json().items).toHaveLength(0);
  });

  it('opens a pulse to the chosen sales levels and tells every invitee', async () => {
    const response = await open(committed);
    expect(response.statusCode).toBe(201);
    const pulse = response.json();
    pulseId = pulse.id;
    expect(pulse).toMatchObject({ kind: 'initiative', status: 'open', invited: sellers.length, answered: 0, initiativeTitle: 'Value selling' });
    expect(pulse.items).toHaveLength(INITIATIVE_PULSE_ITEMS.length);
    const inbox = (await as.north1.request('GET', '/api/notifications')).json();
    expect(inbox.items.some((n: { kind: string; link: string }) => n.kind === 'pulse_invite' && n.link === `/pulses/${pulseId}`)).toBe(true);
  });

  it('takes one answer per invited person: a second POST is a conflict that points to PUT', async () => {
    const first = await as.north1.request('POST', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, 4) });
    expect(first.statusCode).toBe(201);
    expect(first.json().me).toMatchObject({ invited: true, answers: answersOf(INITIATIVE_PULSE_ITEMS, 4) });
    const second = await as.north1.request('POST', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, 2) });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/PUT/);
    const changed = await as.north1.request('PUT', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, 2) });
    expect(changed.json().me.answers['belief-1']).toBe(2);
    expect(changed.json().answered).toBe(1);
  });

  it('refuses answers from someone not invited, and incomplete or out-of-range answers', async () => {
    const uninvited = await as.pm.request('POST', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, 4) });
    expect(uninvited.statusCode).toBe(403);
    expect(uninvited.json().error.message).toMatch(/not invited/);
    const { 'belief-1': _missing, ...partial } = answersOf(INITIATIVE_PULSE_ITEMS, 4);
    const incomplete = await as.north2.request('POST', `/api/pulses/${pulseId}/answers`, { answers: partial });
    expect(incomplete.statusCode).toBe(422);
    const outOfRange = await as.north2.request('POST', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, 9) });
    expect(outOfRange.statusCode).toBe(422);
    expect((await as.north2.request('GET', `/api/pulses/${pulseId}`)).json().me).toMatchObject({ invited: true, answers: null });
  });

  it('lets a person delete their own answers until the pulse closes', async () => {
    expect((await as.north2.request('POST', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, 3) })).statusCode).toBe(201);
    expect((await as.north2.request('DELETE', `/api/pulses/${pulseId}/answers`)).statusCode).toBe(204);
    expect((await as.north2.request('GET', `/api/pulses/${pulseId}`)).json()).toMatchObject({ answered: 1, me: { answers: null } });
  });

  it('reminds everyone invited who has not answered, and counts them', async () => {
    const response = await as.pm.request('POST', `/api/pulses/${pulseId}/reminders`);
    expect(response.json()).toEqual({ reminded: sellers.length - 1 });
    const inbox = (await as.south1.request('GET', '/api/notifications')).json();
    expect(inbox.items.some((n: { kind: string }) => n.kind === 'pulse_reminder')).toBe(true);
    expect((await as.north1.request('GET', '/api/notifications')).json().items.some((n: { kind: string }) => n.kind === 'pulse_reminder')).toBe(false);
    expect((await as.north1.request('POST', `/api/pulses/${pulseId}/reminders`)).statusCode).toBe(403);
  });

  it('keeps results back while the pulse is open, so they never move with one answer', async () => {
    const early = await as.pm.request('GET', `/api/pulses/${pulseId}/results`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/published when the pulse closes/);
    const page = (await as.pm.request('GET', `/api/initiatives/${committed}`)).json();
    expect(page.results).toBeNull();
    expect(page.pulses[0]).toMatchObject({ id: pulseId, status: 'open' });
  });

  it('suppresses small groups in cells and in the cascade, with complementary suppression', async () => {
    const beliefs: Record<string, number> = { vp: 5, 'rsm.north': 4, 'rsm.south': 1, south1: 1, south2: 2 };
    for (const name of sellers.filter((s) => s !== 'north1')) {
      const response = await as[name]!.request('POST', `/api/pulses/${pulseId}/answers`, { answers: answersOf(INITIATIVE_PULSE_ITEMS, beliefs[name] ?? 4) });
      expect(response.statusCode).toBe(201);
    }
    // Closing publishes the results.
    expect((await as.pm.request('POST', `/api/pulses/${pulseId}/close`)).json()).toMatchObject({ status: 'closed' });
    const results = (await as.admin.request('GET', `/api/pulses/${pulseId}/results`)).json();
    expect(results.reportingMinimum).toBe(5);
    const cell = (level: string) => results.cells.find((c: { level: string; function: string }) => c.level === level && c.function === 'sales');
    expect(cell('senior')).toMatchObject({ suppressed: true, n: null, means: null });
    expect(cell('middle')).toMatchObject({ suppressed: true, n: null, means: null });
    const node = (key: string) => results.cascade.nodes.find((n: { key: string }) => n.key === key);
    expect(node('frontline:South')).toMatchObject({ suppressed: true, n: null, belief: null });
    expect(node('frontline:North')).toMatchObject({ suppressed: false, n: 6 });
    // Complementary: what the shown cells leave of the total is either nothing or at least the minimum.
    const shownN = results.cells.filter((c: { suppressed: boolean }) => !c.suppressed).reduce((sum: number, c: { n: number }) => sum + c.n, 0);
    if (results.responded !== null) expect(results.responded - shownN === 0 || results.responded - shownN >= 5).toBe(true);
    // A manager's line minus a shown line below them never leaves fewer than five people.
    const vpLine = results.lines.find((l: { managerId: string }) => l.managerId === idOf.get('vp'));
    const northLine = results.lines.find((l: { managerId: string }) => l.managerId === idOf.get('rsm.north'));
    if (!vpLine.suppressed && !northLine.suppressed) expect(vpLine.n - northLine.n).toBeGreaterThanOrEqual(5);
    expect(results.lines.find((l: { managerId: string }) => l.managerId === idOf.get('rsm.south'))).toMatchObject({ suppressed: true, n: null, belief: null });
  });

  it('refuses a filter that would isolate fewer than the minimum, with the minimum named', async () => {
    const south = await as.pm.request('GET', `/api/pulses/${pulseId}/results?region=South`);
    expect(south.statusCode).toBe(422);
    expect(south.json().error.message).toMatch(/would isolate fewer than 5 people/);
    const senior = await as.pm.request('GET', `/api/pulses/${pulseId}/results?level=senior`);
    expect(senior.statusCode).toBe(422);
    // North alone has 7 respondents, but the 4 outside it would be isolated by comparison with the unfiltered view.
    const north = await as.pm.request('GET', `/api/pulses/${pulseId}/results?region=North`);
    expect(north.statusCode).toBe(422);
    expect(north.json().error.message).toMatch(/region "North" would isolate/);
  });

  it("never lets marketing, an admin or an auditor read one person's answers through any endpoint", async () => {
    const reps = ['north1', 'north2', 'north3', 'south1', 'south2'].map((n) => idOf.get(n) as string);
    for (const reader of [as.pm, as.admin, as.auditor, as.leader]) {
      const bodies = await Promise.all([
        reader.request('GET', `/api/pulses/${pulseId}`),
        reader.request('GET', `/api/pulses/${pulseId}/results`),
        reader.request('GET', `/api/pulses`),
        reader.request('GET', `/api/buyin/report`),
        reader.request('GET', `/api/buyin/report?initiativeId=${committed}`),
      ]);
      for (const response of bodies) {
        expect(response.statusCode).toBe(200);
        for (const id of reps) expect(response.body).not.toContain(id);
      }
      expect(bodies[0]?.json().me.answers).toBeNull();
    }
  });

  it('reports each (level, function) cell of the latest pulse with n and means, nothing when suppressed', async () => {
    const report = (await as.pm.request('GET', `/api/buyin/report?initiativeId=${committed}`)).json();
    expect(report.rows).toHaveLength(9);
    const senior = report.rows.find((r: { level: string; function: string }) => r.level === 'senior' && r.function === 'sales');
    expect(senior).toMatchObject({ pulseId, suppressed: true, n: null, belief: null, readiness: null });
    expect((await as.pm.request('GET', `/api/buyin/report?initiativeId=${newId()}`)).statusCode).toBe(404);
  });

  it('records the blessing of a senior sales leader, and of no one else', async () => {
    const blessed = await as.vp.request('POST', `/api/initiatives/${committed}/blessings`, { status: 'blessed', note: 'Go.' });
    expect(blessed.statusCode).toBe(200);
    expect(blessed.json()).toMatchObject({ status: 'blessed', note: 'Go.', person: { id: idOf.get('vp') } });
    expect((await as['rsm.north']!.request('POST', `/api/initiatives/${committed}/blessings`, { status: 'blessed' })).statusCode).toBe(403);
    expect((await as.pm.request('POST', `/api/initiatives/${committed}/blessings`, { status: 'withheld' })).statusCode).toBe(403);
  });

  it('keeps pulses of another organisation out of reach', async () => {
    expect((await as.outsider.request('GET', `/api/pulses/${pulseId}`)).statusCode).toBe(404);
    expect((await as.outsider.request('GET', `/api/pulses/${pulseId}/results`)).statusCode).toBe(404);
    expect((await as.outsider.request('POST', `/api/initiatives/${committed}/pulses`, { levels: ['frontline'], closesAt: inDays(3) })).statusCode).toBe(404);
  });

  it('refuses answers, changes and deletions after the pulse closes', async () => {
    expect((await as.north1.request('POST', `/api/pulses/${pulseId}/close`)).statusCode).toBe(403);
    // Closed earlier (to publish its results): closing again is a conflict.
    const again = await as.pm.request('POST', `/api/pulses/${pulseId}/close`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already closed/);
    for (const [method, name] of [['PUT', 'north1'], ['DELETE', 'north1'], ['POST', 'north2']] as const) {
      const response = await as[name]!.request(method, `/api/pulses/${pulseId}/answers`, method === 'DELETE' ? undefined : { answers: answersOf(INITIATIVE_PULSE_ITEMS, 5) });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toMatch(/closed/);
    }
    expect((await as.north1.request('GET', `/api/pulses/${pulseId}`)).json().me.answers['belief-1']).toBe(2);
  });

  it('runs the organisation pulse for leaders only and shows its determinants beside initiative results', async () => {
    expect((await as.pm.request('POST', '/api/pulses', { levels: ['middle', 'frontline'], closesAt: inDays(5) })).statusCode).toBe(403);
    const opened = await as.leader.request('POST', '/api/pulses', { levels: ['senior', 'middle', 'frontline'], functions: ['sales'], closesAt: inDays(5) });
    expect(opened.statusCode).toBe(201);
    const orgPulse = opened.json();
    expect(orgPulse.items.map((i: { codeId: string }) => i.codeId)).toEqual(ORGANISATION_PULSE_ITEMS.map((i) => i.codeId));
    for (const name of sellers.slice(0, 6)) {
      expect((await as[name]!.request('POST', `/api/pulses/${orgPulse.id}/answers`, { answers: answersOf(ORGANISATION_PULSE_ITEMS, 3) })).statusCode).toBe(201);
    }
    const whileOpen = await test.db.withOrg(org.orgId, (tx) => loadInitiativeBuyin(tx, org.orgId, committed, { reportingMinimum: 5, viewerPersonId: null, now: new Date() }));
    expect(whileOpen.determinants).toEqual([]);
    expect((await as.leader.request('POST', `/api/pulses/${orgPulse.id}/close`)).statusCode).toBe(200);
    const buyin = await test.db.withOrg(org.orgId, (tx) => loadInitiativeBuyin(tx, org.orgId, committed, { reportingMinimum: 5, viewerPersonId: null, now: new Date() }));
    expect(buyin.determinants).toEqual([
      { measure: 'walls', codeId: 'buyin.walls', mean: 3, n: 6, suppressed: false },
      { measure: 'culture', codeId: 'buyin.culture', mean: 3, n: 6, suppressed: false },
      { measure: 'relationships', codeId: 'buyin.relationships', mean: 3, n: 6, suppressed: false },
    ]);
    expect(buyin.pulses.map((p) => p.id)).toEqual([pulseId]);
    expect(buyin.results?.pulseId).toBe(pulseId);
    expect(buyin.blessings).toHaveLength(1);
    // Lists read the same overall belief straight from the answers.
    const beliefs = await test.db.withOrg(org.orgId, (tx) => loadLatestBeliefs(tx, org.orgId, [committed, absorbing], 5, new Date()));
    expect(buyin.latestBelief).not.toBeNull();
    expect(beliefs.get(committed)).toBe(buyin.latestBelief);
    expect(beliefs.get(absorbing)).toBeNull();
  });
});
