import { unitDysfunctionSeries } from './dysfunction-scores';
import { describe, expect, it } from 'vitest';
import { incidentSeries, promiseSeries, unitWeekSeries } from './indicator-series';
import { promiseKeeping, type RequestOutcome, type SupportRequestRow } from './promise-keeping';
import type { RollupPerson, UnitWeekRollupRow } from './rollup-types';

const people: RollupPerson[] = [
  { id: 's1', function: 'sales', level: 'frontline', unit: 'EMEA' },
  { id: 's2', function: 'sales', level: 'middle', unit: 'APAC' },
  { id: 'm1', function: 'marketing', level: 'frontline', unit: 'EMEA' },
];
const request = (requesterId: string, providerId: string, outcome: RequestOutcome | null, day = '2026-03-04'): SupportRequestRow => ({
  requesterId,
  providerId,
  kind: 'materials',
  requestedAt: new Date(`${day}T09:00:00Z`),
  promisedBy: new Date(`${day}T17:00:00Z`),
  outcome,
});

describe('promise keeping', () => {
  const results = promiseKeeping(
    [request('s1', 'm1', 'delivered'), request('s1', 'm1', 'ignored'), request('s2', 'm1', 'late'), request('s1', 'm1', null), request('m1', 's1', 'declined'), request('m1', 'ghost', 'delivered')],
    people,
  );
  const find = (scope: string, group: string) => results.find((r) => r.scope === scope && r.group === group);

  it('rates outcomes of closed requests by the providing side, leaving open ones out of the rates', () => {
    const marketing = find('function', 'marketing');
    expect(marketing).toMatchObject({ requests: 4, closed: 3, groupSize: 1, counts: { delivered: 1, late: 1, declined: 0, ignored: 1 } });
    expect(marketing?.promiseKeptRate).toBeCloseTo(1 / 3, 12);
    expect(marketing?.rates.ignored).toBeCloseTo(1 / 3, 12);
  });

  it('groups by level and unit too, and drops providers it does not know', () => {
    expect(find('level', 'frontline')).toMatchObject({ requests: 5, groupSize: 2 });
    expect(find('unit', 'EMEA')?.counts.declined).toBe(1);
    expect(find('unit', 'APAC')).toBeUndefined();
  });

  it('gives no rate for a group with only open requests', () => {
    expect(promiseKeeping([request('s1', 'm1', null)], people)[0]).toMatchObject({ closed: 0, promiseKeptRate: null });
  });
});

describe('indicator series', () => {
  const weeks = ['2026-03-02', '2026-03-09'];
  it('builds dense per-dyad and per-unit broken-promise series by request week', () => {
    const series = promiseSeries([request('s1', 'm1', 'ignored'), request('s1', 'm1', 'delivered', '2026-03-10'), request('s1', 'm1', null)], people, weeks);
    const dyad = series.find((s) => s.key.scope === 'dyad');
    expect(dyad?.key.dyad).toEqual({ salesPersonId: 's1', marketingPersonId: 'm1' });
    expect(dyad?.numerators).toEqual([1, 0]);
    expect(dyad?.denominators).toEqual([1, 1]);
  });

  it('sums outreach per unit, unit and level, and level, and keeps unanswered shares by direction', () => {
    const row = (fn: 'sales' | 'marketing', outreach: number, unanswered: number): UnitWeekRollupRow => ({
      unit: 'EMEA', level: 'frontline', function: fn, weekStart: '2026-03-09', initiated: outreach, outreach,
      outreachAnswered: outreach - unanswered, outreachUnanswered: unanswered, outreachResponseSecondsSum: 0,
      inbound: 0, inboundAnswered: 0, inboundUnanswered: 0, inboundResponseSecondsSum: 0,
    });
    const series = unitWeekSeries([row('sales', 10, 1), row('marketing', 4, 2)], weeks);
    const contacts = series.find((s) => s.key.indicator === 'cross_contacts' && s.key.scope === 'unit');
    expect(contacts?.numerators).toEqual([0, 14]);
    expect(contacts?.denominators).toEqual([1, 1]);
    const m2s = series.find((s) => s.key.indicator === 'unanswered_marketing_to_sales' && s.key.scope === 'level');
    expect(m2s).toMatchObject({ key: { function: 'marketing', level: 'frontline' }, numerators: [0, 2], denominators: [0, 4] });
  });

  it('counts incidents per unit, with a zero series for quiet units', () => {
    const series = incidentSeries([{ unit: 'EMEA', level: 'middle', occurredAt: new Date('2026-03-03T10:00:00Z') }], ['APAC', 'EMEA'], weeks);
    expect(series.map((s) => [s.key.unit, s.numerators])).toEqual([['APAC', [0, 0]], ['EMEA', [1, 0]]]);
  });
});

describe('dysfunction scores', () => {
  it('scores missing contact against the unit\'s median week, broken promises as a share, incidents as counts', () => {
    const weeks = ['w1', 'w2', 'w3'];
    const [unit] = unitDysfunctionSeries([
      { key: { indicator: 'cross_contacts', scope: 'unit', unit: 'EMEA' }, weeks, numerators: [10, 10, 2], denominators: [1, 1, 1] },
      { key: { indicator: 'promises_broken', scope: 'unit', unit: 'EMEA' }, weeks, numerators: [0, 1, 0], denominators: [2, 2, 0] },
      { key: { indicator: 'conflict_incidents', scope: 'unit', unit: 'EMEA' }, weeks, numerators: [0, 0, 3], denominators: [1, 1, 1] },
      { key: { indicator: 'cross_contacts', scope: 'level', level: 'middle' }, weeks, numerators: [1, 1, 1], denominators: [1, 1, 1] },
    ]);
    expect(unit?.unit).toBe('EMEA');
    expect(unit?.scores.communication_paucity).toEqual([0, 0, 0.8]);
    expect(unit?.scores.lack_of_collaboration).toEqual([0, 0.5, 0]);
    expect(unit?.scores.overt_conflict).toEqual([0, 0, 3]);
  });
});
