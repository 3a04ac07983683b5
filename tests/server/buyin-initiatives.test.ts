import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../src/domain/org/types';
import type { CreateInitiativeInput, InitiativeDetail } from '../../src/shared/buyin';
import { limits } from '../../src/shared/limits';
import type { UseCaseContext } from '../../src/server/actor';
import type { App } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/passwords';
import { addAdvisoryInput } from '../../src/server/buyin/add-advisory-input';
import { addAdvisoryMember } from '../../src/server/buyin/add-advisory-member';
import { addEvidence } from '../../src/server/buyin/add-evidence';
import { addWorkingSession } from '../../src/server/buyin/add-working-session';
import { createInitiative } from '../../src/server/buyin/create-initiative';
import { createTestMarket } from '../../src/server/buyin/create-test-market';
import { getInitiative } from '../../src/server/buyin/get-initiative';
import { listInitiatives } from '../../src/server/buyin/list-initiatives';
import { transitionInitiative } from '../../src/server/buyin/transition-initiative';
import { updateInitiative } from '../../src/server/buyin/update-initiative';
import { updateTestMarket } from '../../src/server/buyin/update-test-market';
import { getWaitingForMe } from '../../src/server/buyin/waiting-for-me';
import { rawRows } from '../../src/server/db/raw';
import { findPersonIdByEmail } from '../../src/server/org/people-repository';
import { createUserIn } from '../../src/server/users/create-user';
import { createOrg, personRecord, TEST_PASSWORD } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const people = [
  personRecord({ email: 'cmo@acme.example', name: 'Maya Marketing', function: 'marketing', level: 'senior', region: null }),
  personRecord({ email: 'pm@acme.example', name: 'Paul Product', function: 'marketing', level: 'middle', managerEmail: 'cmo@acme.example' }),
  personRecord({ email: 'vp@acme.example', name: 'Victor Sales', level: 'senior', region: null }),
  personRecord({ email: 'rsm@acme.example', name: 'Rita Regional', level: 'middle', managerEmail: 'vp@acme.example' }),
  personRecord({ email: 'rep@acme.example', name: 'Ana Rep', managerEmail: 'rsm@acme.example' }),
];

const draft = (overrides: Partial<CreateInitiativeInput> = {}): CreateInitiativeInput => ({
  title: 'Bundle pricing',
  summary: 'Sell the service bundle',
  targetSegments: ['Mid-market'],
  targetRegions: ['EMEA North'],
  startDate: null,
  rolloutDate: null,
  absorptionBusinessDays: 10,
  rationale: 'Bundles close faster in the pilot data.',
  expectedSalesBenefit: 'Shorter cycles and bigger deals.',
  ...overrides,
});

/** Moves the clock the use cases read (Date only: timers and the database keep running). */
function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe.each(drivers)('initiatives on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let orgId: string;
  let other: Awaited<ReturnType<typeof createOrg>>;
  let as: (role: Role, email?: string) => UseCaseContext;
  let marketerHttp: Client;
  let sellerHttp: Client;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { name: 'Acme', people });
    other = await createOrg(test.db, { name: 'Other Co', people: [personRecord({ email: 'pm@other.example', function: 'marketing' })] });
    orgId = org.orgId;
    const personIds = new Map<string, string>();
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await test.db.withOrg(orgId, async (tx) => {
      for (const p of people) personIds.set(p.email, (await findPersonIdByEmail(tx, orgId, p.email)) as string);
      await createUserIn(tx, orgId, { email: 'pm@acme.example', name: 'Paul Product', role: 'member', passwordHash });
      await createUserIn(tx, orgId, { email: 'rep@acme.example', name: 'Ana Rep', role: 'member', passwordHash });
    });
    as = (role, email) => ({ db: test.db, actor: { userId: null, orgId, role, personId: email ? (personIds.get(email) ?? null) : null } });
    marketerHttp = await signedIn(app, 'pm@acme.example');
    sellerHttp = await signedIn(app, 'rep@acme.example');
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  const marketer = () => as('member', 'pm@acme.example');
  const seller = () => as('member', 'rep@acme.example');
  const move = (id: string, version: number, to: string, extra: { reason?: string; overrideAbsorption?: boolean } = {}) =>
    transitionInitiative(marketer(), id, { to: to as never, version, overrideAbsorption: false, ...extra });

  it('walks an initiative from draft to review, opening the absorption window and recording every step', async () => {
    at('2026-03-02T09:00:00Z'); // a Monday
    const created = await createInitiative(marketer(), draft({ absorptionBusinessDays: 5 }));
    expect(created).toMatchObject({ stage: 'draft', owner: { name: 'Paul Product' } });
    let version = 1;
    for (const to of ['involvement', 'test_market', 'absorption']) {
      const moved = await move(created.id, version, to);
      expect(moved.stage).toBe(to);
      version += 1;
    }
    let detail = await getInitiative(marketer(), created.id);
    expect(detail.initiative).toMatchObject({ absorptionStartedAt: '2026-03-02T09:00:00.000Z', absorptionEndsAt: '2026-03-09T09:00:00.000Z', version: 4 });
    at('2026-03-09T09:00:00Z');
    for (const to of ['commitment', 'rollout', 'review']) {
      expect((await move(created.id, version, to)).stage).toBe(to);
      version += 1;
    }
    detail = await getInitiative(marketer(), created.id);
    expect(detail.history.map((h) => [h.kind, h.from, h.to])).toEqual([
      ['created', null, 'draft'],
      ['stage', 'draft', 'involvement'],
      ['stage', 'involvement', 'test_market'],
      ['stage', 'test_market', 'absorption'],
      ['stage', 'absorption', 'commitment'],
      ['stage', 'commitment', 'rollout'],
      ['stage', 'rollout', 'review'],
    ]);
    expect(detail.history.every((h) => h.by === 'Paul Product')).toBe(true);
    expect(detail.initiative.nextStages.every((s) => !s.allowed)).toBe(true);
  });

  it('refuses every out-of-order transition with a message that says what to do, and changes nothing', async () => {
    const { id } = await createInitiative(marketer(), draft({ title: 'Out of order' }));
    const refused = async (to: string, version: number, extra: { reason?: string; overrideAbsorption?: boolean }, reason: string, message: RegExp) => {
      await expect(move(id, version, to, extra)).rejects.toMatchObject({ code: 'INVALID_INPUT', reason, message: expect.stringMatching(message) });
    };
    await refused('commitment', 1, { reason: 'hurry', overrideAbsorption: true }, 'SKIPS_ABSORPTION', /Absorption cannot be skipped/);
    await refused('review', 1, { reason: 'hurry' }, 'SKIPS_ABSORPTION', /Move to absorption first/);
    await refused('draft', 1, {}, 'SAME_STAGE', /already in draft/);
    await refused('test_market', 1, {}, 'REASON_REQUIRED', /reason for skipping involvement/);
    expect((await move(id, 1, 'test_market', { reason: 'Board already consulted' })).stage).toBe('test_market');
    await refused('draft', 2, { reason: 'x' }, 'TOO_FAR_BACK', /one stage at a time/);
    await refused('involvement', 2, {}, 'REASON_REQUIRED', /reason for moving back/);
    const detail = await getInitiative(marketer(), id);
    expect(detail.initiative).toMatchObject({ stage: 'test_market', version: 2 });
    expect(detail.history.at(-1)?.note).toMatch(/^Board already consulted\. Skipped involvement\./);
    expect(detail.checklist.find((c) => c.key === 'involvement')?.message).toMatch(/skipped/);
  });

  it('blocks the early commitment ask during absorption, then records an override with its reason', async () => {
    at('2026-03-02T09:00:00Z');
    const { id } = await createInitiative(marketer(), draft({ title: 'Rushed' }));
    await move(id, 1, 'absorption', { reason: 'Tested last year' });
    const waiting = await getWaitingForMe(seller());
    expect(waiting.absorbing.find((i) => i.id === id)).toMatchObject({ title: 'Rushed', absorptionEndsAt: '2026-03-16T09:00:00.000Z' });
    const elsewhere = await createInitiative(marketer(), draft({ title: 'Elsewhere', targetRegions: ['APAC'] }));
    await move(elsewhere.id, 1, 'absorption', { reason: 'Tested last year' });
    expect((await getWaitingForMe(seller())).absorbing.some((i) => i.id === elsewhere.id)).toBe(false);
    at('2026-03-04T09:00:00Z');
    const detail = await getInitiative(marketer(), id);
    expect(detail.initiative.nextStages.find((s) => s.to === 'commitment')).toMatchObject({ allowed: false, needsOverride: true, why: expect.stringMatching(/ends on 2026-03-16 \(8 business days/) });
    await expect(move(id, 2, 'commitment')).rejects.toMatchObject({ reason: 'ABSORPTION_NOT_OVER', message: expect.stringMatching(/still absorbing/) });
    await expect(move(id, 2, 'commitment', { overrideAbsorption: true })).rejects.toMatchObject({ reason: 'REASON_REQUIRED' });
    const moved = await move(id, 2, 'commitment', { overrideAbsorption: true, reason: 'The board meets on Friday' });
    expect(moved.stage).toBe('commitment');
    expect(moved.health.reasons).toContain('Commitment was asked before absorption ended.');
    const after = await getInitiative(marketer(), id);
    expect(after.history.at(-1)).toMatchObject({ kind: 'override', from: 'absorption', to: 'commitment', note: 'Absorption override: The board meets on Friday. Heading to sales (commitment) without evidence.' });
    expect(after.checklist.find((c) => c.key === 'absorption_window')).toMatchObject({ ok: false });
  });

  it('refuses an edit based on a stale version with 409 and keeps the first edit', async () => {
    const { id } = await createInitiative(marketer(), draft({ title: 'Concurrent' }));
    const first = await updateInitiative(marketer(), id, { version: 1, title: 'Concurrent, first edit' });
    expect(first.title).toBe('Concurrent, first edit');
    await expect(updateInitiative(marketer(), id, { version: 1, rationale: 'Overwrite' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Reload/) });
    await expect(move(id, 1, 'involvement')).rejects.toMatchObject({ code: 'CONFLICT' });
    const detail = await getInitiative(marketer(), id);
    expect(detail.initiative).toMatchObject({ title: 'Concurrent, first edit', rationale: 'Bundles close faster in the pilot data.', summary: 'Sell the service bundle', version: 2 });
    const stale = await marketerHttp.request('PATCH', `/api/initiatives/${id}`, { version: 1, title: 'Late' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
  });

  it('moves the end of the absorption window when its length is edited during absorption', async () => {
    at('2026-03-02T09:00:00Z');
    const { id } = await createInitiative(marketer(), draft({ title: 'Longer window' }));
    await move(id, 1, 'absorption', { reason: 'Tested last year' });
    await updateInitiative(marketer(), id, { version: 2, absorptionBusinessDays: 15 });
    expect((await getInitiative(marketer(), id)).initiative.absorptionEndsAt).toBe('2026-03-23T09:00:00.000Z');
  });

  it('lets only marketing, leaders and admins change initiatives; sellers and auditors read', async () => {
    await expect(createInitiative(as('leader'), draft({ title: 'No owner' }))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Choose an owner/) });
    const { id, owner } = await createInitiative(as('leader'), draft({ title: 'Leader made', ownerPersonId: marketer().actor.personId as string }));
    expect(owner.name).toBe('Paul Product');
    await expect(createInitiative(seller(), draft())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(move(id, 1, 'involvement').then(() => transitionInitiative(seller(), id, { to: 'test_market', version: 2, overrideAbsorption: false }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createInitiative(as('auditor'), draft())).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Auditors/) });
    await expect(createInitiative(as('member'), draft())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const read = await getInitiative(as('auditor'), id);
    expect(read.can).toEqual({ edit: false, respond: false, giveFeedback: false, askFlex: false, bless: false });
    expect(read.initiative.nextStages.every((s) => !s.allowed && /Only marketing/.test(s.why))).toBe(true);
    expect((await getInitiative(seller(), id)).can).toEqual({ edit: false, respond: false, giveFeedback: true, askFlex: true, bless: false });
    expect((await getInitiative(as('member', 'vp@acme.example'), id)).can.bless).toBe(true);
    expect((await getInitiative(marketer(), id)).can).toMatchObject({ edit: true, respond: true, askFlex: false });
    const http = await sellerHttp.request('POST', `/api/initiatives/${id}/transitions`, { to: 'test_market', version: 2 });
    expect(http.statusCode).toBe(403);
  });

  it("answers 404 for another org's initiative, whoever asks", async () => {
    const { id } = await createInitiative(marketer(), draft({ title: 'Ours' }));
    const outsider: UseCaseContext = { db: test.db, actor: { userId: null, orgId: other.orgId, role: 'admin', personId: null } };
    await expect(getInitiative(outsider, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(transitionInitiative(outsider, id, { to: 'involvement', version: 1, overrideAbsorption: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const otherAdmin = await signedIn(app, other.users.admin.email);
    expect((await otherAdmin.request('GET', `/api/initiatives/${id}`)).statusCode).toBe(404);
    expect((await otherAdmin.request('POST', `/api/initiatives/${id}/evidence`, { kind: 'data', title: 'x' })).statusCode).toBe(404);
    expect((await otherAdmin.request('GET', '/api/initiatives')).json().items).toEqual([]);
    // Row-level security backs the checks: hand-written SQL in the other org's scope sees none of our rows.
    const seen = await test.db.withOrg(other.orgId, (tx) =>
      rawRows<{ n: number }>(tx, sql`select (select count(*) from initiatives where org_id = ${orgId})::int + (select count(*) from initiative_history where org_id = ${orgId})::int as n`),
    );
    expect(seen[0]?.n).toBe(0);
  });

  it('documents the initiative endpoints in OpenAPI', async () => {
    const spec = (await app.server.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/initiatives', '/api/initiatives/{id}', '/api/initiatives/{id}/transitions', '/api/feedback/{id}/response', '/api/open-loops', '/api/waiting', '/api/notifications']),
    );
  });

  it('records involvement and evidence, which fill the objectivity checklist', async () => {
    const { id } = await createInitiative(marketer(), draft({ title: 'Involved', rationale: '' }));
    const before = await getInitiative(marketer(), id);
    expect(before.checklist.filter((c) => !c.ok).map((c) => c.key)).toEqual(['rationale', 'evidence', 'involvement', 'test_market']);
    const rsmContext = as('member', 'rsm@acme.example');
    const rsmId = rsmContext.actor.personId as string;
    const member = await addAdvisoryMember(marketer(), id, { personId: rsmId, note: 'Knows the north' });
    await expect(addAdvisoryMember(marketer(), id, { personId: rsmId, note: '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await addAdvisoryInput(marketer(), id, { memberId: member.id, text: 'Start with existing customers.' });
    const session = await addWorkingSession(marketer(), id, { title: 'Kick-off', date: '2026-03-03', attendeePersonIds: [rsmId, seller().actor.personId as string], notes: '', outcomes: 'Pilot in two districts' });
    expect(session.attendees.map((a) => a.name).sort()).toEqual(['Ana Rep', 'Rita Regional']);
    await expect(addWorkingSession(marketer(), id, { title: 'Ghost', date: '2026-03-03', attendeePersonIds: ['0190aaaa-0000-7000-8000-000000000000'], notes: '', outcomes: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const market = await createTestMarket(marketer(), id, { regions: ['EMEA North'], startDate: '2020-01-01', endDate: '2020-02-01', results: '', changes: '' });
    expect(market.status).toBe('finished');
    await expect(createTestMarket(marketer(), id, { regions: ['X'], startDate: '2026-05-01', endDate: '2026-04-01', results: '', changes: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/ends .* before it starts/) });
    const updated = await updateTestMarket(marketer(), id, market.id, { results: 'Win rate +8 points' });
    expect(updated).toMatchObject({ results: 'Win rate +8 points', regions: ['EMEA North'], changes: '' });
    await addEvidence(marketer(), id, { kind: 'link', title: 'Pilot dashboard', url: 'https://example.com/pilot', note: '' });
    await expect(addEvidence(marketer(), id, { kind: 'link', title: 'No URL', url: null, note: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await updateInitiative(marketer(), id, { version: 1, rationale: 'Pilot data.' });
    const after: InitiativeDetail = await getInitiative(seller(), id);
    expect(after.checklist.every((c) => c.ok)).toBe(true);
    expect(after.advisoryBoard.map((m) => m.person.name)).toEqual(['Rita Regional']);
    expect(after.advisoryInputs).toMatchObject([{ memberId: member.id, person: { name: 'Rita Regional' }, text: 'Start with existing customers.' }]);
    expect(after.workingSessions).toHaveLength(1);
    expect(after.testMarkets).toMatchObject([{ results: 'Win rate +8 points' }]);
    expect(after.history.map((h) => h.kind)).toEqual(['created', 'involvement', 'involvement', 'involvement', 'test_market', 'test_market', 'evidence', 'edited']);
  });

  it('flags an initiative heading to sales without evidence or a why, and lists it at risk', async () => {
    const { id } = await createInitiative(marketer(), draft({ title: 'Memo only', rationale: '' }));
    await move(id, 1, 'absorption', { reason: 'No time' });
    const detail = await getInitiative(marketer(), id);
    expect(detail.initiative.health).toEqual({ status: 'at_risk', reasons: ['With sales without a stated why.', 'With sales without evidence.', 'Sales was not involved before it reached them.'] });
    expect(detail.history.at(-1)?.note).toMatch(/Heading to sales \(absorption\) without a stated why/);
    const list = await listInitiatives(marketer(), { stage: 'absorption', q: 'memo' });
    expect(list.items.map((i) => [i.title, i.health.status])).toEqual([['Memo only', 'at_risk']]);
  });

  it('lists initiatives by stage, search and ownership', async () => {
    await createInitiative(marketer(), draft({ title: 'Listed 100%' }));
    const all = await listInitiatives(seller(), {});
    expect(all.items.length).toBeGreaterThan(3);
    expect((await listInitiatives(seller(), { q: '100%' })).items.map((i) => i.title)).toEqual(['Listed 100%']);
    expect((await listInitiatives(seller(), { mine: true })).items).toEqual([]);
    expect((await listInitiatives(marketer(), { mine: true })).items.length).toBe(all.items.length);
    const http = await sellerHttp.request('GET', '/api/initiatives?stage=draft');
    expect(http.statusCode).toBe(200);
    expect(http.json().items.every((i: { stage: string }) => i.stage === 'draft')).toBe(true);
    expect((await sellerHttp.request('GET', '/api/initiatives?stage=launch')).statusCode).toBe(422);
    expect((await sellerHttp.request('GET', '/api/initiatives?mine=true')).json().items).toEqual([]);
    expect((await sellerHttp.request('GET', '/api/initiatives?mine=false')).json().items).toHaveLength(all.items.length);
  });

  it('stores an evidence file, downloads it as an attachment, and refuses one over the limit without writing', async () => {
    const created = await marketerHttp.request('POST', '/api/initiatives', draft({ title: 'With a file' }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0]);
    const upload = await marketerHttp.request('POST', `/api/initiatives/${id}/evidence/file?fileName=${encodeURIComponent('pilot résumé.xlsx')}&title=Pilot`, bytes, { 'content-type': 'application/octet-stream' });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ kind: 'file', title: 'Pilot', fileName: 'pilot résumé.xlsx', fileBytes: 8, addedBy: 'Paul Product' });
    const download = await sellerHttp.request('GET', `/api/initiatives/${id}/evidence/${upload.json().id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="pilot r_sum_.xlsx"; filename\*=UTF-8''pilot%20r%C3%A9sum%C3%A9\.xlsx$/);
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);

    const tooBig = Buffer.alloc(limits.evidenceFileBytes + 1, 7);
    const refused = await marketerHttp.request('POST', `/api/initiatives/${id}/evidence/file?fileName=big.bin`, tooBig, { 'content-type': 'application/octet-stream' });
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/at most 10 MB/) });
    const sellerUpload = await sellerHttp.request('POST', `/api/initiatives/${id}/evidence/file?fileName=x.txt`, Buffer.from('x'), { 'content-type': 'application/octet-stream' });
    expect(sellerUpload.statusCode).toBe(403);
    const detail = (await sellerHttp.request('GET', `/api/initiatives/${id}`)).json() as InitiativeDetail;
    expect(detail.evidence.map((e) => e.fileName)).toEqual(['pilot résumé.xlsx']);

    const removed = await marketerHttp.request('DELETE', `/api/initiatives/${id}/evidence/${upload.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await sellerHttp.request('GET', `/api/initiatives/${id}/evidence/${upload.json().id}/file`)).statusCode).toBe(404);
  });
});
