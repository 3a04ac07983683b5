import { describe, expect, it } from 'vitest';
import { groupWeekIndicators } from './group-week-indicators';
import type { UnitWeekRollupRow } from './rollup-types';

const row = (unit: string, weekStart: string, outreach: number, outreachUnanswered: number, inbound: number, fn: 'sales' | 'marketing' = 'sales'): UnitWeekRollupRow => ({
  unit, level: 'middle', function: fn, weekStart, initiated: outreach + 3,
  outreach, outreachAnswered: outreach - outreachUnanswered, outreachUnanswered, outreachResponseSecondsSum: (outreach - outreachUnanswered) * 7200,
  inbound, inboundAnswered: inbound, inboundUnanswered: 0, inboundResponseSecondsSum: inbound * 3600,
});

describe('group-week indicators', () => {
  const cells = groupWeekIndicators(
    [row('EMEA', '2026-03-02', 8, 2, 2), row('EMEA', '2026-03-09', 4, 2, 6), row('APAC', '2026-03-09', 4, 0, 0), row('EMEA', '2026-02-23', 100, 100, 0)],
    { fromWeek: '2026-03-02', toWeek: '2026-03-09' },
  );

  it('averages per week over the range and pools the ratios, ignoring weeks outside it', () => {
    const emea = cells.find((c) => c.unit === 'EMEA');
    expect(emea).toMatchObject({ weeks: 2, outreachPerWeek: 6, inboundPerWeek: 4, initiationShare: 0.6, unansweredOutreachRatio: 4 / 12, unansweredInboundRatio: 0 });
    expect(emea?.outreachResponseHours).toBeCloseTo(2, 12);
    expect(emea?.inboundResponseHours).toBeCloseTo(1, 12);
  });

  it('adds a level-wide cell per level and function across units', () => {
    const wide = cells.find((c) => c.unit === null);
    expect(wide).toMatchObject({ level: 'middle', function: 'sales', outreachPerWeek: 8, unansweredOutreachRatio: 4 / 16 });
  });

  it('counts the people of each cell when given them, for the reporting minimum', () => {
    const people = [
      { id: 'a', function: 'sales' as const, level: 'middle' as const, unit: 'EMEA' },
      { id: 'b', function: 'sales' as const, level: 'middle' as const, unit: 'EMEA' },
      { id: 'c', function: 'sales' as const, level: 'middle' as const, unit: 'APAC' },
    ];
    const sized = groupWeekIndicators([row('EMEA', '2026-03-02', 8, 2, 2), row('APAC', '2026-03-02', 1, 0, 0)], { fromWeek: '2026-03-02', toWeek: '2026-03-02' }, people);
    expect(sized.map((c) => [c.unit, c.groupSize])).toEqual([[null, 3], ['APAC', 1], ['EMEA', 2]]);
    expect(cells[0]?.groupSize).toBeNull();
  });

  it('gives null ratios and response times to a group with no cross-function events', () => {
    const [quiet] = groupWeekIndicators([row('EMEA', '2026-03-02', 0, 0, 0)], { fromWeek: '2026-03-02', toWeek: '2026-03-02' });
    expect(quiet).toMatchObject({ initiationShare: null, unansweredOutreachRatio: null, outreachResponseHours: null });
  });
});
