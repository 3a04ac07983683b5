import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/org/types';
import { PROPOSITIONS } from '../../src/domain/signals/propositions';
import type { App } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/passwords';
import { rawRows } from '../../src/server/db/raw';
import { insertJournalEntry } from '../../src/server/dysfunction/journal-repository';
import { newId } from '../../src/server/ids';
import { createUserIn } from '../../src/server/users/create-user';
import type { PropositionsView } from '../../src/shared/signals-progression';
import { createOrg, TEST_PASSWORD } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { peopleByRegion, plantContacts, unitPeople } from './signals-progression-history';

const AS_OF = '2026-03-20';
const FIRST_WEEK = '2026-01-19'; // eight full weeks before AS_OF's week
const QUERY = `/api/signals/propositions?asOf=${AS_OF}&weeks=8`;
const UNDERVALUED = 'dysfunction.communication_paucity→interpretation.undervalued';
const OSTRACIZED = 'dysfunction.communication_paucity→interpretation.ostracized';
const UNITS = Array.from({ length: 9 }, (_, i) => `Unit ${i}`);

describe.each(drivers)('propositions API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let member: Client;
  let sparseLeader: Client;

  /** Each of `authors` sales people of the unit writes three entries; `undervalued` of them carry that tag, the rest `ostracized`. */
  async function writeEntries(orgId: string, authors: readonly Person[], undervalued: number) {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await test.db.withOrg(orgId, async (tx) => {
      let written = 0;
      for (const author of authors) {
        const user = await createUserIn(tx, orgId, { email: author.email, name: author.name, role: 'member', passwordHash });
        for (let k = 0; k < 3; k += 1, written += 1) {
          const at = new Date(`2026-02-${String(2 + written).padStart(2, '0')}T10:00:00Z`);
          await insertJournalEntry(tx, {
            orgId,
            id: newId(),
            authorUserId: user.id,
            authorFunction: 'sales',
            authorLevel: 'frontline',
            dysfunction: 'dysfunction.communication_paucity',
            trigger: 'Nobody from marketing called back',
            interpretationIds: [written < undervalued ? 'interpretation.undervalued' : 'interpretation.ostracized'],
            createdAt: at,
            updatedAt: at,
          });
        }
      }
    });
  }

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    // Nine units of six people and one of two; reporting minimum 3 so three authors make a group.
    const org = await createOrg(test.db, { people: [...UNITS.flatMap((unit) => unitPeople(unit, 3, 3)), ...unitPeople('Tiny', 1, 1)] });
    await test.db.withOrg(org.orgId, (tx) => rawRows(tx, sql`update orgs set reporting_minimum = 3 where org_id = ${org.orgId}`));
    const regions = await peopleByRegion(test.db, org.orgId);
    for (const [i, unit] of UNITS.entries()) {
      const people = regions.get(unit)!;
      // Scarcer contact in later units, and more sales entries feeling undervalued (fewer feeling ostracized).
      await plantContacts(test.db, org.orgId, people, FIRST_WEEK, 8, () => 30 - 3 * i, 10 + i);
      const sales = people.filter((p) => p.function === 'sales');
      // Unit 8's entries come from two authors only: below the minimum, so it must not contribute.
      await writeEntries(org.orgId, i === 8 ? sales.slice(0, 2) : sales, i);
    }
    await plantContacts(test.db, org.orgId, regions.get('Tiny')!, FIRST_WEEK, 8, () => 1, 99);
    analyst = await signedIn(app, org.users.analyst.email);
    member = await signedIn(app, org.users.member.email);
    const sparse = await createOrg(test.db, { people: [...unitPeople('North', 3, 3), ...unitPeople('South', 3, 3)] });
    sparseLeader = await signedIn(app, sparse.users.leader.email);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('reports every proposition as exploratory, with its measures in words', async () => {
    const response = await analyst.request('GET', QUERY);
    expect(response.statusCode).toBe(200);
    const view = response.json() as PropositionsView;
    expect(view).toMatchObject({ exploratory: true, asOf: AS_OF, fromWeek: FIRST_WEEK, toWeek: '2026-03-09', minimum: 3, eligibleUnits: 9 });
    expect(view.caveat).toMatch(/^Exploratory: one firm's observational data/);
    expect(view.propositions.map((p) => p.id)).toEqual(PROPOSITIONS.map((p) => p.id));
    const ignorance = view.propositions.find((p) => p.outcome === 'response.active_ignorance')!;
    expect(ignorance.tests.map((t) => t.outcomeSource)).toEqual(['journal', 'buyin_pulses']);
    expect(ignorance.tests[1]!.outcomeMeasure).toMatch(/rate at which sales ignores initiatives/);
    expect(view.propositions.find((p) => p.outcome === 'response.lone_wolfism')!.tests.map((t) => t.outcomeSource)).toEqual(['journal', 'support_requests']);
  });

  it('finds the planted association: scarcer contact goes with more sales entries feeling undervalued (agrees) and fewer feeling ostracized (contradicts)', async () => {
    const view = (await analyst.request('GET', QUERY)).json() as PropositionsView;
    const undervalued = view.propositions.find((p) => p.id === UNDERVALUED)!.tests[0]!;
    // Unit 8 (two authors) and Tiny (two people) are left out: eight units remain.
    expect(undervalued).toMatchObject({ outcomeSource: 'journal', n: 8, verdict: 'agrees' });
    expect(undervalued.rho).toBeCloseTo(1, 6);
    expect(undervalued.interval![0]).toBeGreaterThan(0);
    expect(undervalued.standardisedSlope).toBeGreaterThan(0.9);
    const ostracized = view.propositions.find((p) => p.id === OSTRACIZED)!.tests[0]!;
    expect(ostracized).toMatchObject({ n: 8, verdict: 'contradicts' });
    expect(ostracized.rho).toBeCloseTo(-1, 6);
  });

  it('answers too_few, with the data a proposition would need, where the firm has little data', async () => {
    const view = (await sparseLeader.request('GET', QUERY)).json() as PropositionsView;
    expect(view.eligibleUnits).toBe(2);
    for (const proposition of view.propositions) {
      expect(proposition.tests.every((test) => test.verdict === 'too_few' && test.interval === null && test.n === 0)).toBe(true);
      expect(proposition.dataNeeded).toMatch(/^No unit has both measures yet\. Needed: journal entries from at least 5 distinct/);
    }
    expect(view.propositions.find((p) => p.outcome === 'response.usurping')!.dataNeeded).toMatch(/direct contacts with customers/);
  });

  it('lets only leaders, analysts and admins read it', async () => {
    const response = await member.request('GET', QUERY);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });

  it.each(['weeks=3', 'weeks=200', 'weeks=x', 'asOf=2026-13-01', 'asOf=2999-01-01'])('refuses %s with a clear 422', async (query) => {
    const response = await analyst.request('GET', `/api/signals/propositions?${query}`);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('INVALID_INPUT');
  });
});
