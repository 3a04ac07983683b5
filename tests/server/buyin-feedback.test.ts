import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedbackItem } from '../../src/shared/buyin';
import { limits } from '../../src/shared/limits';
import type { UseCaseContext } from '../../src/server/actor';
import type { App } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/passwords';
import { giveFeedback } from '../../src/server/buyin/give-feedback';
import { listOpenLoops } from '../../src/server/buyin/list-open-loops';
import { findPersonIdByEmail } from '../../src/server/org/people-repository';
import { createUserIn } from '../../src/server/users/create-user';
import { createOrg, personRecord, TEST_PASSWORD } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const people = [
  personRecord({ email: 'pm@acme.example', name: 'Paul Product', function: 'marketing', level: 'middle' }),
  personRecord({ email: 'fm@acme.example', name: 'Fay Field', function: 'marketing', level: 'frontline' }),
  personRecord({ email: 'rsm@acme.example', name: 'Rita Regional', level: 'middle', region: 'EMEA North' }),
  personRecord({ email: 'rep@acme.example', name: 'Ana Rep', managerEmail: 'rsm@acme.example', region: 'EMEA North' }),
];

describe.each(drivers)('feedback, the closed loop and flex requests on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let orgId: string;
  let other: Awaited<ReturnType<typeof createOrg>>;
  let marketer: Client;
  let fieldMarketer: Client;
  let rep: Client;
  let manager: Client;
  let leader: Client;
  let auditor: Client;
  let initiativeId: string;
  let personId: (email: string) => string;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { name: 'Acme', people });
    other = await createOrg(test.db, { name: 'Other Co', people: [personRecord({ email: 'pm@other.example', function: 'marketing' })] });
    orgId = org.orgId;
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const ids = new Map<string, string>();
    await test.db.withOrg(orgId, async (tx) => {
      for (const p of people) {
        ids.set(p.email, (await findPersonIdByEmail(tx, orgId, p.email)) as string);
        await createUserIn(tx, orgId, { email: p.email, name: p.name, role: 'member', passwordHash });
      }
    });
    personId = (email) => ids.get(email) as string;
    marketer = await signedIn(app, 'pm@acme.example');
    fieldMarketer = await signedIn(app, 'fm@acme.example');
    rep = await signedIn(app, 'rep@acme.example');
    manager = await signedIn(app, 'rsm@acme.example');
    leader = await signedIn(app, org.users.leader.email);
    auditor = await signedIn(app, org.users.auditor.email);
    const created = await marketer.request('POST', '/api/initiatives', { title: 'Bundle pricing', rationale: 'Pilot data', targetRegions: ['EMEA North'] });
    initiativeId = created.json().id;
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  const feedbackOf = async (client: Client) => (await client.request('GET', `/api/initiatives/${initiativeId}/feedback`)).json().items as FeedbackItem[];
  const ask = (client: Client, text: string, extra: Record<string, unknown> = {}) =>
    client.request('POST', `/api/initiatives/${initiativeId}/feedback`, { kind: 'question', text, ...extra });

  it('takes a question from a seller, tells the owner, and answers it once with a reason the author then sees', async () => {
    const asked = await ask(rep, 'Does the bundle include onboarding?');
    expect(asked.statusCode).toBe(201);
    const item = asked.json() as FeedbackItem;
    expect(item).toMatchObject({ isMine: true, author: { name: 'Ana Rep' }, stageAtCreation: 'draft', loop: { status: 'open', ageBusinessDays: 0, overdue: false }, response: null });

    const ownerNotes = (await marketer.request('GET', '/api/notifications')).json();
    expect(ownerNotes.items[0]).toMatchObject({ kind: 'feedback_received', text: 'A question on “Bundle pricing” from Ana Rep.', link: `/initiatives/${initiativeId}/feedback#feedback-${item.id}`, readAt: null });

    const sellerAnswer = await rep.request('POST', `/api/feedback/${item.id}/response`, { decision: 'adopted', reason: 'Self-approved' });
    expect(sellerAnswer.statusCode).toBe(403);
    const noReason = await marketer.request('POST', `/api/feedback/${item.id}/response`, { decision: 'adopted', reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.message).toMatch(/reason.*Write something first/);
    const answered = await marketer.request('POST', `/api/feedback/${item.id}/response`, { decision: 'partly', reason: 'Onboarding is included for deals over 50k.' });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ loop: { status: 'closed' }, response: { decision: 'partly', by: { name: 'Paul Product' } } });
    const second = await fieldMarketer.request('POST', `/api/feedback/${item.id}/response`, { decision: 'adopted', reason: 'Changed my mind' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/already has an answer/);

    const notes = (await rep.request('GET', '/api/notifications')).json();
    expect(notes.unread).toBe(1);
    expect(notes.items[0]).toMatchObject({ kind: 'feedback_answered', text: 'Your question on “Bundle pricing” was answered: partly adopted.' });
    const waiting = (await rep.request('GET', '/api/waiting')).json();
    expect(waiting.answeredFeedback).toMatchObject([{ id: item.id, response: { decision: 'partly', reason: 'Onboarding is included for deals over 50k.' } }]);
    expect((await rep.request('POST', `/api/notifications/${notes.items[0].id}/read`)).json()).toEqual({ marked: 1 });
    expect((await rep.request('GET', '/api/notifications')).json().unread).toBe(0);
    expect((await marketer.request('POST', `/api/notifications/${notes.items[0].id}/read`)).statusCode).toBe(404);

    const saidDid = (await rep.request('GET', `/api/initiatives/${initiativeId}/feedback?status=closed`)).json().items as FeedbackItem[];
    expect(saidDid.map((f) => [f.text, f.response?.decision])).toEqual([['Does the bundle include onboarding?', 'partly']]);
  });

  it('hides an anonymous author from marketing and everyone else, but not from the author', async () => {
    const asked = await ask(rep, 'Honestly, the price is too high for my territory.', { kind: 'concern', anonymous: true });
    const id = asked.json().id as string;
    const forMarketing = (await feedbackOf(marketer)).find((f) => f.id === id);
    expect(forMarketing).toMatchObject({ author: null, isMine: false });
    expect((await feedbackOf(manager)).find((f) => f.id === id)?.author).toBeNull();
    expect((await feedbackOf(rep)).find((f) => f.id === id)).toMatchObject({ author: { name: 'Ana Rep' }, isMine: true });
    const page = (await marketer.request('GET', `/api/initiatives/${initiativeId}`)).json();
    expect(JSON.stringify(page.feedback.find((f: FeedbackItem) => f.id === id))).not.toContain('Ana Rep');
    expect(page.history.at(-1)).toMatchObject({ kind: 'feedback', by: 'Anonymous', note: 'A concern from someone who chose to stay anonymous.' });
    const ownerNote = (await marketer.request('GET', '/api/notifications')).json().items[0];
    expect(ownerNote.text).toBe('A concern on “Bundle pricing” from someone who chose to stay anonymous.');
    await marketer.request('POST', `/api/feedback/${id}/response`, { decision: 'not_adopted', reason: 'Price is set globally this year.' });
    expect((await rep.request('GET', '/api/notifications')).json().items[0].kind).toBe('feedback_answered');
  });

  it('refuses an empty comment and a 1 MB comment with errors that name the limit, writing nothing', async () => {
    const before = (await feedbackOf(marketer)).length;
    const empty = await ask(rep, '   ');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/text.*Write something first/) });
    const long = await ask(rep, 'x'.repeat(limits.commentMaxLength + 1));
    expect(long.statusCode).toBe(422);
    expect(long.json().error.message).toMatch(/Keep it under 10000 characters/);
    const huge = await ask(rep, 'x'.repeat(1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/up to 1 MB/) });
    expect(await feedbackOf(marketer)).toHaveLength(before);
  });

  it("answers 404 for feedback on another org's initiative and writes nothing", async () => {
    const outsider = await signedIn(app, other.users.admin.email);
    const response = await outsider.request('POST', `/api/initiatives/${initiativeId}/feedback`, { kind: 'comment', text: 'Hello from elsewhere' });
    expect(response.statusCode).toBe(404);
    const spoofed: UseCaseContext = { db: test.db, actor: { userId: null, orgId: other.orgId, role: 'member', personId: personId('rep@acme.example') } };
    await expect(giveFeedback(spoofed, initiativeId, { kind: 'comment', text: 'x', anonymous: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await feedbackOf(marketer)).some((f) => f.text === 'Hello from elsewhere')).toBe(false);
    expect((await outsider.request('POST', `/api/feedback/${(await feedbackOf(marketer))[0]?.id}/response`, { decision: 'adopted', reason: 'x' })).statusCode).toBe(404);
  });

  it('lets auditors read but not give feedback', async () => {
    expect((await auditor.request('GET', `/api/initiatives/${initiativeId}`)).statusCode).toBe(200);
    const refused = await ask(auditor, 'Audit note');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/Auditors/);
  });

  it('shows open loops to the owner and to leaders, oldest first, overdue after five business days', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() - 8 * 86_400_000));
    const rsmContext: UseCaseContext = { db: test.db, actor: { userId: null, orgId, role: 'member', personId: personId('rsm@acme.example') } };
    const old = await giveFeedback(rsmContext, initiativeId, { kind: 'idea', text: 'Pilot it in the north first.', anonymous: false });
    vi.useRealTimers();
    await ask(rep, 'Fresh question');
    const mine = (await marketer.request('GET', '/api/open-loops?scope=mine')).json();
    expect(mine.items[0]).toMatchObject({ id: old.id, loop: { status: 'open', overdue: true } });
    expect(mine.items[0].loop.ageBusinessDays).toBeGreaterThanOrEqual(5);
    expect(mine.items.at(-1)).toMatchObject({ text: 'Fresh question', loop: { overdue: false } });
    expect(mine.items.every((f: FeedbackItem) => f.response === null)).toBe(true);
    const all = (await leader.request('GET', '/api/open-loops?scope=all')).json();
    expect(all.items.map((f: FeedbackItem) => f.id)).toEqual(mine.items.map((f: FeedbackItem) => f.id));
    expect((await fieldMarketer.request('GET', '/api/open-loops?scope=mine')).json().items).toEqual([]);
    expect((await rep.request('GET', '/api/open-loops?scope=all')).statusCode).toBe(403);
    const list = (await rep.request('GET', '/api/initiatives')).json().items[0];
    expect(list).toMatchObject({ openLoops: mine.items.length, overdueLoops: 1, health: { status: 'watch' } });
    const service = await listOpenLoops({ db: test.db, actor: { userId: null, orgId, role: 'member', personId: null } }, 'mine');
    expect(service.items).toEqual([]);
  });

  it('takes a flex request from sales, decides it with give and take, and tells the requester', async () => {
    const asked = await rep.request('POST', `/api/initiatives/${initiativeId}/flex-requests`, { region: 'EMEA North', aspect: 'price', request: 'Allow 5% more discount for public-sector accounts.' });
    expect(asked.statusCode).toBe(201);
    const flex = asked.json();
    expect(flex).toMatchObject({ status: 'pending', requestedBy: { name: 'Ana Rep' }, decision: null });
    expect((await marketer.request('POST', `/api/initiatives/${initiativeId}/flex-requests`, { region: 'EMEA North', aspect: 'timing', request: 'x' })).statusCode).toBe(403);
    const loops = (await marketer.request('GET', '/api/open-loops')).json();
    expect(loops.flexRequests).toMatchObject([{ id: flex.id, initiativeTitle: 'Bundle pricing' }]);

    expect((await rep.request('POST', `/api/flex-requests/${flex.id}/decision`, { decision: 'approved', reason: 'ok', salesCommits: 'a', marketingCommits: 'b' })).statusCode).toBe(403);
    const noGiveAndTake = await marketer.request('POST', `/api/flex-requests/${flex.id}/decision`, { decision: 'partly', reason: 'Up to 3%.' });
    expect(noGiveAndTake.statusCode).toBe(422);
    expect(noGiveAndTake.json().error.message).toMatch(/give and take/);
    const decided = await marketer.request('POST', `/api/flex-requests/${flex.id}/decision`, {
      decision: 'partly',
      reason: 'Up to 3% keeps the margin.',
      salesCommits: 'Report public-sector win rates monthly.',
      marketingCommits: 'A public-sector case study by May.',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'partly', decision: { reason: 'Up to 3% keeps the margin.', by: { name: 'Paul Product' } } });
    const again = await marketer.request('POST', `/api/flex-requests/${flex.id}/decision`, { decision: 'declined', reason: 'No' });
    expect(again.statusCode).toBe(409);
    const note = (await rep.request('GET', '/api/notifications')).json().items[0];
    expect(note).toMatchObject({ kind: 'flex_decided', link: `/initiatives/${initiativeId}/flex` });
    expect((await marketer.request('GET', '/api/open-loops')).json().flexRequests).toEqual([]);
    const declined = await rep.request('POST', `/api/initiatives/${initiativeId}/flex-requests`, { region: 'EMEA North', aspect: 'material', request: 'Shorter deck' });
    expect((await marketer.request('POST', `/api/flex-requests/${declined.json().id}/decision`, { decision: 'declined', reason: 'The deck is already short.' })).statusCode).toBe(200);
  });
});
