import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { insertSupportRequest } from '../../src/server/dysfunction/support-requests-repository';
import { newId } from '../../src/server/ids';
import { writePeople } from '../../src/server/org/write-people';
import { rebuildRollups } from '../../src/server/signals/rollups-repository';
import { getMonitor } from '../../src/server/signals/monitor/get-monitor';
import { readSignalsRevision } from '../../src/server/signals/monitor/revision-repository';
import type { MonitorGroupView, MonitorView } from '../../src/shared/signals-monitor';
import { createOrg, personRecord } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

/** North and South, five frontline sales and five frontline marketing people each: every group at the minimum of 5. */
const team = (unit: string, fn: 'sales' | 'marketing') =>
  Array.from({ length: 5 }, (_, i) => personRecord({ email: `${unit}.${fn}${i + 1}@acme.example`.toLowerCase(), name: `${unit} ${fn} ${i + 1}`, function: fn, level: 'frontline', region: unit }));
const people = [...team('North', 'sales'), ...team('North', 'marketing'), ...team('South', 'sales'), ...team('South', 'marketing')];
const s = (i: number) => `north.sales${i}@acme.example`;
const m = (i: number) => `north.marketing${i}@acme.example`;
const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
const event = (id: string, source: string, target: string, day: string, answeredAfterHours: number | null) => ({
  source,
  target,
  occurredAt: at(day),
  channel: 'email',
  answeredAt: answeredAfterHours === null ? null : at(day, 9 + answeredAfterHours),
  externalId: id,
});

// asOf 2026-03-22 (a Sunday): current = the ISO weeks of 23 Feb … 16 Mar; previous = the 12 weeks from 1 Dec 2025.
const AS_OF = '2026-03-22';
const history = [
  event('c1', s(1), m(1), '2026-03-02', 2),
  event('c2', s(2), m(2), '2026-03-09', null),
  event('c3', m(1), s(1), '2026-03-10', 1),
  event('c4', s(3), m(3), '2026-03-17', 4),
  event('p1', s(1), m(1), '2026-01-05', null),
  event('p2', s(1), m(1), '2026-01-12', null),
  event('old', s(5), m(5), '2025-06-01', 1),
];

const cell = (view: MonitorView, level: string, fn: string) => view.cells.find((c) => c.level === level && c.function === fn) as MonitorGroupView;
const unitOf = (view: MonitorView, unit: string) => view.units.find((u) => u.unit === unit) as MonitorGroupView;

describe.each(drivers)('dysfunction monitor API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let analyst: Client;
  let leader: Client;
  let member: Client;
  let auditor: Client;
  let ids: Map<string, string>;

  const monitor = async (client: Client, query = `asOf=${AS_OF}`) => {
    const response = await client.request('GET', `/api/signals/monitor?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MonitorView;
  };

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    org = await createOrg(test.db, { people });
    analyst = await signedIn(app, org.users.analyst.email);
    leader = await signedIn(app, org.users.leader.email);
    member = await signedIn(app, org.users.member.email);
    auditor = await signedIn(app, org.users.auditor.email);
    const list = (await analyst.request('GET', '/api/people?limit=100')).json().items as Array<{ id: string; email: string }>;
    ids = new Map(list.map((p) => [p.email, p.id]));
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('says there are no events yet, with every group shown and zero contact', async () => {
    const view = await monitor(leader);
    expect(view.hasEvents).toBe(false);
    expect(cell(view, 'frontline', 'sales')).toMatchObject({ groupSize: 10, suppressed: false });
    expect(cell(view, 'frontline', 'sales').indicators?.outreachPerPerson.current).toBe(0);
    expect(cell(view, 'senior', 'sales')).toMatchObject({ groupSize: 0, suppressed: false, indicators: null });
  });

  it('computes each cell from the unit-week rollup: current 4 weeks, the 12 before, change, direction and the weekly trend', async () => {
    const ingest = await analyst.request('POST', '/api/events/batch', history);
    expect(ingest.json()).toMatchObject({ accepted: history.length });
    const view = await monitor(leader);
    expect(view.hasEvents).toBe(true);
    expect(view.windows.current).toEqual({ fromWeek: '2026-02-23', toWeek: '2026-03-16' });
    expect(view.windows.previous).toEqual({ fromWeek: '2025-12-01', toWeek: '2026-02-16' });
    expect(view.windows.trendWeeks).toHaveLength(12);
    expect(view.windows.trendWeeks[0]).toBe('2025-12-29');

    // Frontline sales, 10 people: outreach c1 (2 h), c2 (never), c4 (4 h); inbound c3 (1 h). Before: p1, p2 unanswered.
    const sales = cell(view, 'frontline', 'sales');
    expect(sales).toMatchObject({ groupSize: 10, suppressed: false, currentEvents: 4 });
    const i = sales.indicators!;
    expect(i.outreachPerPerson.current).toBeCloseTo(3 / 4 / 10);
    expect(i.outreachPerPerson.previous).toBeCloseTo(2 / 12 / 10);
    expect(i.outreachPerPerson.direction).toBe('better');
    expect(i.inboundPerPerson.current).toBeCloseTo(1 / 4 / 10);
    expect(i.unansweredOutreachShare).toMatchObject({ previous: 1, direction: 'better' });
    expect(i.unansweredOutreachShare.current).toBeCloseTo(1 / 3);
    expect(i.unansweredOutreachShare.change).toBeCloseTo(1 / 3 - 1);
    expect(i.unansweredInboundShare.current).toBe(0);
    expect(i.outreachResponseHours.current).toBeCloseTo(3);
    expect(i.inboundResponseHours.current).toBeCloseTo(1);
    expect(i.initiationShare.current).toBeCloseTo(0.75);
    expect(i.initiationShare.direction).toBe('better'); // from 1.0 (all one way) towards an even split
    // Weekly outreach per person: p1 and p2 in January, then c1, c2 and c4 in March; the June event is outside.
    const trend = i.outreachPerPerson.trend;
    expect(trend.map((value, week) => (value ? view.windows.trendWeeks[week] : null)).filter(Boolean)).toEqual(['2026-01-05', '2026-01-12', '2026-03-02', '2026-03-09', '2026-03-16']);
    expect(trend[trend.length - 1]).toBeCloseTo(0.1);

    const marketing = cell(view, 'frontline', 'marketing').indicators!;
    expect(marketing.unansweredInboundShare.current).toBeCloseTo(1 / 3);
    expect(marketing.initiationShare.current).toBeCloseTo(0.25);
    // Both functions at the level, 20 people: 4 outreach events in 4 weeks.
    expect(view.levels.find((l) => l.level === 'frontline')?.indicators?.outreachPerPerson.current).toBeCloseTo(4 / 4 / 20);
    expect(unitOf(view, 'North')).toMatchObject({ groupSize: 10, suppressed: false });
    expect(unitOf(view, 'North').indicators?.outreachPerPerson.current).toBeCloseTo(4 / 4 / 10);
    expect(unitOf(view, 'North').indicators?.outreachPerPerson.trend).toEqual([]);
    expect(unitOf(view, 'South').indicators?.outreachPerPerson.current).toBe(0);
  });

  it('shows one unit with the same cells, and answers 404 for an unknown unit', async () => {
    const view = await monitor(analyst, `asOf=${AS_OF}&unit=North`);
    expect(view.unit).toBe('North');
    expect(view.total.groupSize).toBe(10);
    expect(cell(view, 'frontline', 'sales').groupSize).toBe(5);
    expect(cell(view, 'frontline', 'sales').indicators?.outreachPerPerson.current).toBeCloseTo(3 / 4 / 5);
    const unknown = await analyst.request('GET', `/api/signals/monitor?asOf=${AS_OF}&unit=Atlantis`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'The unit "Atlantis" was not found.' });
  });

  it('serves the cached answer until a batch stores a new event, and a batch of duplicates changes nothing', async () => {
    const revision = await test.db.withOrg(org.orgId, (tx) => readSignalsRevision(tx, org.orgId));
    const before = await monitor(leader);
    expect(await monitor(leader)).toEqual(before);
    await analyst.request('POST', '/api/events/batch', history);
    expect(await test.db.withOrg(org.orgId, (tx) => readSignalsRevision(tx, org.orgId))).toBe(revision);
    await analyst.request('POST', '/api/events/batch', [event('c5', s(4), m(4), '2026-03-18', null)]);
    expect(await test.db.withOrg(org.orgId, (tx) => readSignalsRevision(tx, org.orgId))).toBe(revision + 1);
    const after = await monitor(leader);
    expect(cell(after, 'frontline', 'sales').indicators?.outreachPerPerson.current).toBeCloseTo(4 / 4 / 10);
    expect(cell(after, 'frontline', 'sales').indicators?.unansweredOutreachShare.current).toBeCloseTo(2 / 4);
    // A rebuild that finds the rollups right writes nothing, so cached views stay valid; one that corrects a row bumps.
    expect((await test.db.withOrg(org.orgId, (tx) => rebuildRollups(tx, org.orgId))).corrected).toBe(0);
    expect(await test.db.withOrg(org.orgId, (tx) => readSignalsRevision(tx, org.orgId))).toBe(revision + 1);
    await test.db.withOrg(org.orgId, (tx) => tx.execute(sql`update signal_unit_weeks set outreach = outreach + 5 where org_id = ${org.orgId}::uuid`));
    expect((await test.db.withOrg(org.orgId, (tx) => rebuildRollups(tx, org.orgId))).corrected).toBeGreaterThan(0);
    expect(await test.db.withOrg(org.orgId, (tx) => readSignalsRevision(tx, org.orgId))).toBe(revision + 2);
    expect(await monitor(leader)).toEqual(after);
  });

  it('answers a repeated read from the cache (the very same view), and recomputes after a new batch', async () => {
    const context = org.contextFor('leader');
    const query = { weeks: 12, asOf: AS_OF };
    const first = await getMonitor(context, query);
    expect(await getMonitor(context, query)).toBe(first);
    expect(await getMonitor(context, { ...query, weeks: 13 })).not.toBe(first);
    await analyst.request('POST', '/api/events/batch', [event('c6', m(2), s(2), '2026-03-11', 3)]);
    const after = await getMonitor(context, query);
    expect(after).not.toBe(first);
    expect(cell(after, 'frontline', 'marketing').indicators?.outreachPerPerson.current).toBeCloseTo(2 / 4 / 10);
  });

  it('suppresses small groups without values, and every group that would give one back by subtraction', async () => {
    // Two middle salespeople join South: a people change bumps the revision, so the cached monitor is not served.
    await test.db.withOrg(org.orgId, (tx) =>
      writePeople(tx, org.orgId, [1, 2].map((n) => personRecord({ email: `south.middle${n}@acme.example`, function: 'sales', level: 'middle', region: 'South' }))),
    );
    const view = await monitor(leader);
    expect(view.minimum).toBe(5);
    const small = cell(view, 'middle', 'sales');
    expect(small).toEqual({ unit: null, level: 'middle', function: 'sales', groupSize: null, suppressed: true, currentEvents: null, indicators: null });
    const shown = (g: MonitorGroupView) => !g.suppressed;
    // sales + marketing = level; the middle level has only the two.
    expect(view.levels.find((l) => l.level === 'middle')?.suppressed).toBe(true);
    // levels add up to the total, and units add up to it: never exactly one group of a sum hidden.
    for (const parts of [view.levels, view.units]) expect([view.total, ...parts].filter((g) => !shown(g)).length).not.toBe(1);
    for (const level of view.levels) {
      const pair = view.cells.filter((c) => c.level === level.level);
      expect([level, ...pair].filter((g) => !shown(g)).length).not.toBe(1);
    }
    // The unit view draws on the same suppression: South's middle cell is hidden there too.
    const south = await monitor(leader, `asOf=${AS_OF}&unit=South`);
    expect(cell(south, 'middle', 'sales').suppressed).toBe(true);
    expect(south.levels.find((l) => l.level === 'middle')?.suppressed).toBe(true);
  });

  it('lets leaders, analysts and admins read it, not members or auditors', async () => {
    expect((await member.request('GET', '/api/signals/monitor')).statusCode).toBe(403);
    expect((await auditor.request('GET', '/api/signals/monitor')).statusCode).toBe(403);
    expect((await member.request('GET', '/api/signals/monitor/units/North')).statusCode).toBe(403);
    expect((await member.request('GET', `/api/signals/monitor/dyads/${ids.get(s(1))}/${ids.get(m(1))}`)).statusCode).toBe(403);
    const admin = await signedIn(app, org.users.admin.email);
    expect((await admin.request('GET', '/api/signals/monitor')).statusCode).toBe(200);
  });

  it('refuses malformed query parameters with a clear message', async () => {
    for (const query of ['weeks=3', 'weeks=53', 'weeks=twelve', 'weeks=4.5', 'asOf=2026-13-01', 'asOf=yesterday', `unit=${'x'.repeat(201)}`, 'unit=']) {
      const response = await leader.request('GET', `/api/signals/monitor?${query}`);
      expect(response.statusCode, query).toBe(422);
      expect(response.json().error.code).toBe('INVALID_INPUT');
    }
    expect((await leader.request('GET', '/api/signals/monitor/units/North?weeks=0')).statusCode).toBe(422);
  });

  it('drills into a unit: its dyads with paucity over 90 days, least contact first', async () => {
    const response = await leader.request('GET', `/api/signals/monitor/units/North?asOf=${AS_OF}`);
    expect(response.statusCode, response.body).toBe(200);
    const drill = response.json();
    expect(drill.monitor.unit).toBe('North');
    expect(drill.windowDays).toBe(90);
    const s1m1 = drill.dyads.find((d: { sales: { id: string } }) => d.sales.id === ids.get(s(1)));
    // s1 → m1 on 5 and 12 January (unanswered) and 2 March; m1 → s1 on 10 March.
    expect(s1m1).toMatchObject({ sales: { name: 'North sales 1', unit: 'North' }, marketing: { name: 'North marketing 1' }, reciprocity: 1 / 3, salesToMarketing: { events: 3, unanswered: 2 }, marketingToSales: { events: 1, unanswered: 0 } });
    expect(s1m1.contactsPerWeek).toBeCloseTo(4 / (90 / 7));
    expect(drill.dyads.map((d: { sales: { name: string } }) => d.sales.name)).toEqual(['North sales 3', 'North sales 4', 'North sales 2', 'North sales 1']);
    // Its people: the unit's five salespeople and five marketers, those without contact first, then the longest since.
    type Person = { id: string; unit: string; function: string; daysSinceLastCrossContact: number | null; outreach: { events: number } };
    const unitPeople = drill.people as Person[];
    expect(unitPeople).toHaveLength(10);
    expect(unitPeople.every((p) => p.unit === 'North' && (p.function === 'sales' || p.function === 'marketing'))).toBe(true);
    const days = unitPeople.map((p) => p.daysSinceLastCrossContact ?? Infinity);
    expect(days).toEqual([...days].sort((x, y) => y - x));
    const s1 = unitPeople.find((p) => p.id === ids.get(s(1)));
    expect(s1?.daysSinceLastCrossContact).toBeLessThanOrEqual(s1m1.daysSinceLastContact);
    expect(s1?.outreach.events).toBeGreaterThanOrEqual(3);
    expect(unitPeople.find((p) => p.id === ids.get(s(5)))?.daysSinceLastCrossContact ?? null).toBeNull();
    expect((await leader.request('GET', '/api/signals/monitor/units/Atlantis')).statusCode).toBe(404);
  });

  it('drills into a dyad: weekly contacts each way, paucity, and the support each side asked', async () => {
    const salesId = ids.get(s(1)) as string;
    const marketingId = ids.get(m(1)) as string;
    await test.db.withOrg(org.orgId, (tx) =>
      insertSupportRequest(tx, {
        orgId: org.orgId,
        id: newId(),
        requesterPersonId: salesId,
        kind: 'materials',
        addresseePersonId: marketingId,
        addresseeFunction: 'marketing',
        summary: 'Case study for the March push',
        neededBy: '2026-03-06',
        createdAt: new Date('2026-03-01T09:00:00Z'),
        decision: 'accepted',
        respondedAt: new Date('2026-03-02T09:00:00Z'),
        responderPersonId: marketingId,
        promisedDate: '2026-03-05',
        deliveredAt: new Date('2026-03-04T09:00:00Z'),
      }),
    );
    const response = await leader.request('GET', `/api/signals/monitor/dyads/${salesId}/${marketingId}?asOf=${AS_OF}`);
    expect(response.statusCode, response.body).toBe(200);
    const dyad = response.json();
    expect(dyad.sales).toMatchObject({ id: salesId, name: 'North sales 1', level: 'frontline' });
    const week = (start: string) => dyad.weeks.find((w: { weekStart: string }) => w.weekStart === start);
    expect(week('2026-01-05')).toEqual({ weekStart: '2026-01-05', salesToMarketing: 1, salesToMarketingUnanswered: 1, marketingToSales: 0, marketingToSalesUnanswered: 0 });
    expect(week('2026-03-09')).toMatchObject({ salesToMarketing: 0, marketingToSales: 1, marketingToSalesUnanswered: 0 });
    expect(dyad.paucity).toMatchObject({ reciprocity: 1 / 3, salesInitiatedShare: 0.75 });
    expect(dyad.paucity.daysSinceLastContact).toBeCloseTo(12 + 15 / 24, 1); // 10 March 09:00 → end of 22 March
    expect(dyad.support.requests).toEqual([expect.objectContaining({ askedBy: 'sales', kind: 'materials', status: 'delivered_on_time' })]);
    expect(dyad.support.salesAsked).toMatchObject({ requests: 1, keptOnTime: 1, keepingRate: 1 });
    expect(dyad.support.marketingAsked).toMatchObject({ requests: 0, keepingRate: null });
  });

  it('answers 404 for people of another org or unknown ids, 422 for a dyad that is not sales then marketing', async () => {
    const other = await createOrg(test.db, { people: [personRecord({ email: 'x.sales@other.example', function: 'sales' }), personRecord({ email: 'x.marketing@other.example', function: 'marketing' })] });
    const otherAnalyst = await signedIn(app, other.users.analyst.email);
    const otherIds = (await otherAnalyst.request('GET', '/api/people?limit=10')).json().items.map((p: { id: string }) => p.id) as string[];
    const salesId = ids.get(s(1)) as string;
    const marketingId = ids.get(m(1)) as string;
    const get = (a: string, b: string) => leader.request('GET', `/api/signals/monitor/dyads/${a}/${b}`);
    expect((await get(salesId, otherIds[1] as string)).statusCode).toBe(404);
    expect((await get(otherIds[0] as string, marketingId)).statusCode).toBe(404);
    expect((await get(salesId, '01890000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    const swapped = await get(marketingId, salesId);
    expect(swapped.statusCode).toBe(422);
    expect(swapped.json().error.message).toContain('not sales');
    expect((await get(salesId, ids.get(s(2)) as string)).statusCode).toBe(422);
    expect((await get('not-a-uuid', marketingId)).statusCode).toBe(422);
    // The other org sees its own (empty) monitor, never this one's figures.
    const theirs = await monitor(otherAnalyst);
    expect(theirs.hasEvents).toBe(false);
    expect(theirs.units.map((u) => u.unit)).toEqual(['EMEA North']);
  });
});
