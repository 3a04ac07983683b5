import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIATIVE_PULSE_ITEMS } from '../../src/domain/buyin/pulse-items';
import type { Role } from '../../src/domain/org/types';
import { initiativeDetail, type InitiativeDetail } from '../../src/shared/buyin';
import type { UseCaseContext } from '../../src/server/actor';
import type { App } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/passwords';
import { addEvidence } from '../../src/server/buyin/add-evidence';
import { recordBlessing } from '../../src/server/buyin/blessing-record';
import { getInitiative, initiativePageCacheStats } from '../../src/server/buyin/get-initiative';
import { giveFeedback } from '../../src/server/buyin/give-feedback';
import { insertInitiative } from '../../src/server/buyin/initiatives-repository';
import { answerPulse } from '../../src/server/buyin/pulse-answer';
import { openInitiativePulse } from '../../src/server/buyin/pulse-open-initiative';
import { respondToFeedback } from '../../src/server/buyin/respond-to-feedback';
import { transitionInitiative } from '../../src/server/buyin/transition-initiative';
import { rawRows } from '../../src/server/db/raw';
import { newId } from '../../src/server/ids';
import { allPeople } from '../../src/server/org/people-repository';
import { createUserIn } from '../../src/server/users/create-user';
import { createOrg, personRecord, TEST_PASSWORD } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const people = [
  personRecord({ email: 'pm@acme.example', name: 'Paul Product', function: 'marketing', level: 'middle' }),
  personRecord({ email: 'vp@acme.example', name: 'Victor Sales', level: 'senior', region: null }),
  personRecord({ email: 'rsm@acme.example', name: 'Rita Regional', level: 'middle', managerEmail: 'vp@acme.example' }),
  ...[1, 2, 3, 4, 5].map((i) => personRecord({ email: `rep${i}@acme.example`, name: `Rep ${i}`, managerEmail: 'rsm@acme.example' })),
];
const answersOf = (value: number) => Object.fromEntries(INITIATIVE_PULSE_ITEMS.map((i) => [i.id, value]));
/** Days from the start of the run: the writes below stamp the real time, reads choose theirs. */
const START = Date.now();
const days = (n: number) => new Date(START + n * 86_400_000);

describe.each(drivers)('the initiative page cache on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let orgId: string;
  const idOf = new Map<string, string>();
  let as: (email: string, role?: Role) => UseCaseContext;
  let initiativeId: string;
  let marketerHttp: Client;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { name: 'Acme', people });
    orgId = org.orgId;
    const hash = await hashPassword(TEST_PASSWORD);
    await test.db.withOrg(orgId, async (tx) => {
      for (const p of await allPeople(tx, orgId)) idOf.set(p.email, p.id);
      await createUserIn(tx, orgId, { email: 'pm@acme.example', name: 'Paul Product', role: 'member', passwordHash: hash });
      initiativeId = (
        await insertInitiative(tx, {
          orgId,
          id: newId(),
          title: 'Value selling',
          stage: 'absorption',
          ownerPersonId: idOf.get('pm@acme.example') as string,
          rationale: 'Pilot data',
          absorptionStartedAt: days(-20),
          absorptionEndsAt: days(-1),
        })
      ).id;
    });
    as = (email, role = 'member') => ({ db: test.db, actor: { userId: null, orgId, role, personId: idOf.get(email) ?? null } });
    marketerHttp = await signedIn(app, 'pm@acme.example');
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  const marketer = () => as('pm@acme.example');
  const rep = (i: number) => as(`rep${i}@acme.example`);
  const page = (context: UseCaseContext, now = days(0)) => getInitiative(context, initiativeId, now);
  const revision = async () =>
    (await test.db.withOrg(orgId, (tx) => rawRows<{ revision: string }>(tx, sql`select revision::text as revision from initiatives where id = ${initiativeId}`)))[0]?.revision;

  it('serves a second read of an unchanged initiative from the cache, the same for the same reader', async () => {
    const first = await page(marketer());
    const before = initiativePageCacheStats();
    const second = await page(marketer());
    expect(initiativePageCacheStats().hits).toBe(before.hits + 1);
    expect(second).toEqual(first);
  });

  it('shows new feedback, then its response, on the very next read', async () => {
    await page(marketer());
    const asked = await giveFeedback(rep(1), initiativeId, { kind: 'question', text: 'Does it cover renewals?', anonymous: false });
    expect((await page(marketer())).feedback.map((f) => f.id)).toContain(asked.id);
    await respondToFeedback(marketer(), asked.id, { decision: 'adopted', reason: 'Yes, renewals count.' });
    const answered = (await page(marketer())).feedback.find((f) => f.id === asked.id);
    expect(answered?.response).toMatchObject({ decision: 'adopted', reason: 'Yes, renewals count.', by: { name: 'Paul Product' } });
  });

  it('shows new evidence and a person renamed in the directory on the next read', async () => {
    await page(marketer());
    await addEvidence(marketer(), initiativeId, { kind: 'data', title: 'Win rates by segment', url: null, note: '' });
    expect((await page(marketer())).evidence.map((e) => e.title)).toContain('Win rates by segment');
    await test.db.withOrg(orgId, (tx) => tx.execute(sql`update people set name = 'Paula Product' where id = ${idOf.get('pm@acme.example')}`));
    expect((await page(marketer())).initiative.owner.name).toBe('Paula Product');
  });

  it('gives the author and a marketer their own views of anonymous feedback from one cached revision', async () => {
    const mine = await giveFeedback(rep(2), initiativeId, { kind: 'concern', text: 'Pricing feels high for small accounts.', anonymous: true });
    const authorView = await page(rep(2));
    const before = initiativePageCacheStats();
    const marketerView = await page(marketer());
    const otherRepView = await page(rep(3));
    expect(initiativePageCacheStats()).toMatchObject({ hits: before.hits + 2, misses: before.misses });
    const itemIn = (view: InitiativeDetail) => view.feedback.find((f) => f.id === mine.id);
    expect(itemIn(authorView)).toMatchObject({ isMine: true, author: { name: 'Rep 2' } });
    expect(itemIn(marketerView)).toMatchObject({ isMine: false, author: null });
    expect(itemIn(otherRepView)).toMatchObject({ isMine: false, author: null });
    expect(marketerView.can).toMatchObject({ edit: true, respond: true });
    expect(otherRepView.can).toMatchObject({ edit: false, respond: false, giveFeedback: true, askFlex: true });
    expect(otherRepView.initiative.nextStages.every((s) => !s.allowed)).toBe(true);
    expect(JSON.stringify(marketerView)).not.toContain('Rep 2');
  });

  it('moves the absorption countdown and loop ages with the time of the read, not of the cached revision', async () => {
    const absorbing = await page(marketer(), days(-5));
    const absorbed = await page(marketer(), days(0));
    const later = await page(marketer(), days(20));
    const commitment = (view: InitiativeDetail) => view.initiative.nextStages.find((s) => s.to === 'commitment');
    expect(commitment(absorbing)).toMatchObject({ allowed: false, needsOverride: true });
    expect(commitment(absorbed)).toMatchObject({ allowed: true, needsOverride: false });
    const open = (view: InitiativeDetail) => view.feedback.find((f) => f.response === null);
    expect(open(later)?.loop.ageBusinessDays).toBeGreaterThan(open(absorbed)?.loop.ageBusinessDays ?? 0);
    expect(open(later)?.loop.overdue).toBe(true);
    expect(open(absorbed)?.loop.overdue).toBe(false);
  });

  it('shows a stage move, a new pulse, each answer, the results once the pulse closes and a blessing on the next read', async () => {
    const version = (await page(marketer())).initiative.version;
    await transitionInitiative(marketer(), initiativeId, { to: 'commitment', version, overrideAbsorption: false });
    expect((await page(marketer())).initiative.stage).toBe('commitment');
    const pulse = await openInitiativePulse(marketer(), initiativeId, { levels: ['senior', 'middle', 'frontline'], functions: ['sales'], regions: [], closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect((await page(marketer())).pulses.map((p) => p.id)).toEqual([pulse.id]);
    for (const i of [1, 2, 3, 4, 5]) {
      await answerPulse(rep(i), pulse.id, answersOf(4));
      expect((await page(marketer())).pulses[0]?.answered).toBe(i);
    }
    // Results wait for the pulse to close: the same cached revision publishes them once its closing time has passed.
    expect((await page(marketer(), new Date())).results).toBeNull();
    expect((await page(marketer(), new Date(Date.now() + 8 * 86_400_000))).results?.responded).toBe(5);
    await recordBlessing(as('vp@acme.example'), initiativeId, { status: 'blessed', note: '' });
    expect((await page(marketer())).blessings).toMatchObject([{ person: { name: 'Victor Sales' }, status: 'blessed' }]);
  });

  it('bumps the revision with every write under row-level security, and not on reads', async () => {
    const start = Number(await revision());
    await page(marketer());
    expect(Number(await revision())).toBe(start);
    await giveFeedback(rep(4), initiativeId, { kind: 'idea', text: 'Add a renewal calculator.', anonymous: false });
    expect(Number(await revision())).toBeGreaterThan(start);
  });

  it('answers over HTTP with exactly the contract: the same page the use case builds, nothing more', async () => {
    const response = await marketerHttp.request('GET', `/api/initiatives/${initiativeId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json() as InitiativeDetail;
    expect(initiativeDetail.parse(body)).toStrictEqual(body);
    const direct = await getInitiative(marketer(), initiativeId);
    expect(body.feedback.map((f) => f.id)).toEqual(direct.feedback.map((f) => f.id));
    expect(body.results).toEqual(direct.results);
    expect((await marketerHttp.request('GET', `/api/initiatives/${newId()}`)).statusCode).toBe(404);
  });
});
