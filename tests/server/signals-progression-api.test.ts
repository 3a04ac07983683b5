import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/domain/common/random';
import { addWeeks, DAY_MS, isoDay } from '../../src/domain/signals/weeks';
import type { App } from '../../src/server/app';
import type { ProgressionView, UnitProgressionDetail } from '../../src/shared/signals-progression';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { peopleByRegion, plantContacts, plantIncidents, unitPeople } from './signals-progression-history';

// asOf is a Friday; the 52 weeks analysed end with the full week before it.
const AS_OF = '2026-03-20';
const LAST_WEEK = '2026-03-09';
const FIRST_WEEK = addWeeks(LAST_WEEK, -51);
const PAUCITY_ONSET = 30;
const CONFLICT_ONSET = 38;

describe.each(drivers)('progression API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let leader: Client;
  let member: Client;
  let auditor: Client;
  let otherAnalyst: Client;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { people: [...unitPeople('North', 3, 3), ...unitPeople('South', 1, 1), ...unitPeople('East', 3, 2)] });
    const regions = await peopleByRegion(test.db, org.orgId);
    const noise = seededRandom(7);
    // North: contact dries up at week 30; conflict starts eight weeks later.
    await plantContacts(test.db, org.orgId, regions.get('North')!, FIRST_WEEK, 52, (week) => (week < PAUCITY_ONSET ? 18 + noise.int(0, 5) : 3 + noise.int(0, 2)), 1);
    const conflictWeeks = Array.from({ length: 52 - CONFLICT_ONSET }, (_, i) => addWeeks(FIRST_WEEK, CONFLICT_ONSET + i));
    const conflictDays = conflictWeeks.flatMap((monday) => [monday, isoDay(Date.parse(`${monday}T00:00:00Z`) + 2 * DAY_MS)]);
    await plantIncidents(test.db, org.orgId, 'North', [addWeeks(FIRST_WEEK, 9), ...conflictDays]);
    // South has two people: suppressed. East has contacts only in the last ten weeks: too short.
    await plantContacts(test.db, org.orgId, regions.get('South')!, FIRST_WEEK, 52, () => 10, 2);
    await plantContacts(test.db, org.orgId, regions.get('East')!, addWeeks(FIRST_WEEK, 42), 10, () => 10, 3);
    analyst = await signedIn(app, org.users.analyst.email);
    leader = await signedIn(app, org.users.leader.email);
    member = await signedIn(app, org.users.member.email);
    auditor = await signedIn(app, org.users.auditor.email);
    const other = await createOrg(test.db, { people: unitPeople('West', 3, 3) });
    otherAnalyst = await signedIn(app, other.users.analyst.email);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('names communication paucity as the earliest-moving dysfunction in the unit where contact dried up before conflict began', async () => {
    const response = await analyst.request('GET', `/api/signals/progression?asOf=${AS_OF}`);
    expect(response.statusCode).toBe(200);
    const view = response.json() as ProgressionView;
    expect(view).toMatchObject({ asOf: AS_OF, fromWeek: FIRST_WEEK, toWeek: LAST_WEEK, weeks: 52, minimum: 5 });
    const north = view.units.find((unit) => unit.unit === 'North')!;
    expect(north.status).toBe('analysed');
    expect(north.weeks).toHaveLength(52);
    expect(north.scores!.communication_paucity[PAUCITY_ONSET + 2]).toBeGreaterThan(0.6);
    expect(north.earliest).toMatchObject({ status: 'detected', dysfunction: 'communication_paucity', byOnset: 'communication_paucity' });
    expect(north.earliest!.byCorrelation === null || north.earliest!.byCorrelation === 'communication_paucity').toBe(true);
    const paucity = north.onsets!.onsets.find((onset) => onset.dysfunction === 'communication_paucity')!;
    expect(paucity.week).toBe(addWeeks(FIRST_WEEK, PAUCITY_ONSET));
    expect(paucity.interval[0] <= paucity.week && paucity.week <= paucity.interval[1]).toBe(true);
    const conflict = north.onsets!.onsets.find((onset) => onset.dysfunction === 'overt_conflict')!;
    expect(conflict.week).toBe(addWeeks(FIRST_WEEK, CONFLICT_ONSET));
    expect(north.onsets!.precedences).toContainEqual(expect.objectContaining({ earlier: 'communication_paucity', later: 'overt_conflict', weeksApart: CONFLICT_ONSET - PAUCITY_ONSET }));
    expect(north.correlation!.leads).toHaveLength(6);
    expect(north.message).toMatch(/^Communication paucity moved first: its onset comes 8 weeks before overt conflict's/);
  });

  it('suppresses a unit smaller than the reporting minimum: no series, no results', async () => {
    const view = (await leader.request('GET', `/api/signals/progression?asOf=${AS_OF}`)).json() as ProgressionView;
    const south = view.units.find((unit) => unit.unit === 'South')!;
    expect(south).toEqual(expect.objectContaining({ status: 'suppressed', suppressed: true, people: null, weeks: [], scores: null, correlation: null, onsets: null, earliest: null }));
    const detail = (await leader.request('GET', `/api/signals/progression/units/South?asOf=${AS_OF}`)).json() as UnitProgressionDetail;
    expect(detail.unit.suppressed).toBe(true);
    expect(detail.indicators).toBeNull();
  });

  it('says a unit with too short a history needs more weeks, instead of failing', async () => {
    const view = (await analyst.request('GET', `/api/signals/progression?asOf=${AS_OF}`)).json() as ProgressionView;
    const east = view.units.find((unit) => unit.unit === 'East')!;
    expect(east.status).toBe('too_short');
    expect(east.message).toMatch(/Only 10 weeks of data .*needs at least 24/);
    expect(east.earliest).toBeNull();
  });

  it('serves a repeated question from the cache', async () => {
    const again = (await analyst.request('GET', `/api/signals/progression?asOf=${AS_OF}`)).json() as ProgressionView;
    expect(again.cached).toBe(true);
    expect(again.computeMs).toBe(0);
  });

  it('answers one unit in full with the indicators behind its scores', async () => {
    const response = await analyst.request('GET', `/api/signals/progression/units/North?asOf=${AS_OF}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json() as UnitProgressionDetail;
    expect(detail.unit.earliest?.dysfunction).toBe('communication_paucity');
    expect(detail.indicators!.crossContacts).toHaveLength(52);
    expect(detail.indicators!.crossContacts.slice(0, PAUCITY_ONSET).every((count) => count >= 9)).toBe(true);
    expect(detail.indicators!.incidents.slice(CONFLICT_ONSET).every((count) => count === 2)).toBe(true);
  });

  it("answers 404 for an unknown unit and for another org's unit", async () => {
    expect((await analyst.request('GET', `/api/signals/progression/units/Atlantis?asOf=${AS_OF}`)).statusCode).toBe(404);
    const west = await analyst.request('GET', `/api/signals/progression/units/West?asOf=${AS_OF}`);
    expect(west.statusCode).toBe(404);
    expect(west.json().error.code).toBe('NOT_FOUND');
    const theirs = (await otherAnalyst.request('GET', `/api/signals/progression?asOf=${AS_OF}`)).json() as ProgressionView;
    expect(theirs.units.map((unit) => unit.unit)).toEqual(['West']);
    expect(theirs.units[0]!.status).toBe('too_short');
  });

  it('documents both reads in the OpenAPI description', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining(['/api/signals/progression', '/api/signals/progression/units/{unit}', '/api/signals/propositions']));
  });

  it('lets only leaders, analysts and admins read it', async () => {
    for (const client of [member, auditor]) {
      const response = await client.request('GET', '/api/signals/progression');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
      expect((await client.request('GET', '/api/signals/progression/units/North')).statusCode).toBe(403);
    }
  });

  it.each([
    ['weeks=23', /weeks/],
    ['weeks=105', /weeks/],
    ['weeks=abc', /weeks/],
    ['asOf=2026-02-31', /calendar date/],
    ['asOf=20260301', /date like/],
    ['asOf=2999-01-01', /future/],
  ])('refuses %s with a clear 422', async (query, message) => {
    const response = await analyst.request('GET', `/api/signals/progression?${query}`);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(response.json().error)).toMatch(message);
  });
});
