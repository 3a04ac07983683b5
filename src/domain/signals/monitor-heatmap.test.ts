import { describe, expect, it } from 'vitest';
import { revealsByDifference } from '../dysfunction/suppression';
import { directionOf, monitorHeatmap, monitorWindows, type MonitorGroup } from './monitor-heatmap';
import type { RollupPerson, UnitWeekRollupRow } from './rollup-types';

const people = (unit: string, level: RollupPerson['level'], fn: RollupPerson['function'], count: number): RollupPerson[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${unit}-${level}-${fn}-${i}`, unit, level, function: fn }));

const row = (unit: string, level: UnitWeekRollupRow['level'], fn: UnitWeekRollupRow['function'], weekStart: string, outreach: number, unanswered: number): UnitWeekRollupRow => ({
  unit,
  level,
  function: fn,
  weekStart,
  initiated: outreach,
  outreach,
  outreachAnswered: outreach - unanswered,
  outreachUnanswered: unanswered,
  outreachResponseSecondsSum: (outreach - unanswered) * 3600,
  inbound: 0,
  inboundAnswered: 0,
  inboundUnanswered: 0,
  inboundResponseSecondsSum: 0,
});

describe('monitor windows', () => {
  it('ends on the last complete ISO week: a Sunday counts its own week, a Wednesday the week before', () => {
    expect(monitorWindows('2026-03-22', 12).current).toEqual({ fromWeek: '2026-02-23', toWeek: '2026-03-16' });
    expect(monitorWindows('2026-03-25', 12).current).toEqual({ fromWeek: '2026-02-23', toWeek: '2026-03-16' });
    expect(monitorWindows('2026-03-22', 4).trendWeeks).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16']);
    expect(monitorWindows('2026-03-22', 52).firstWeek).toBe('2025-03-24');
  });
});

describe('direction of a change', () => {
  it('follows the indicator: more outreach is better, more unanswered is worse, initiation is best near half', () => {
    expect(directionOf('outreachPerPerson', 1.2, 1)).toBe('better');
    expect(directionOf('outreachPerPerson', 1.02, 1)).toBe('same');
    expect(directionOf('unansweredOutreachShare', 0.3, 0.2)).toBe('worse');
    expect(directionOf('unansweredOutreachShare', 0.21, 0.2)).toBe('same');
    expect(directionOf('initiationShare', 0.55, 0.8)).toBe('better');
    expect(directionOf('initiationShare', 0.1, 0.4)).toBe('worse');
    expect(directionOf('outreachResponseHours', null, 3)).toBeNull();
  });
});

describe('monitor heatmap', () => {
  const windows = monitorWindows('2026-03-22', 4);
  const team = [...people('North', 'frontline', 'sales', 6), ...people('North', 'frontline', 'marketing', 5), ...people('South', 'frontline', 'sales', 5), ...people('South', 'frontline', 'marketing', 5)];
  const rows = [row('North', 'frontline', 'sales', '2026-03-02', 12, 3), row('North', 'frontline', 'sales', '2026-01-05', 6, 6), row('South', 'frontline', 'sales', '2026-03-16', 8, 0)];

  it('computes per-person rates and shares for cells and margins from the same rows', () => {
    const groups = monitorHeatmap({ rows, people: team, windows, minimum: 5 });
    const find = (kind: string, unit: string | null, fn: string | null) =>
      groups.find((g) => g.kind === kind && g.unit === unit && g.function === fn && (g.level === 'frontline' || g.level === null)) as MonitorGroup;
    const north = find('cell', 'North', 'sales');
    expect(north.groupSize).toBe(6);
    expect(north.indicators?.outreachPerPerson.current).toBeCloseTo(12 / 4 / 6);
    expect(north.indicators?.outreachPerPerson.previous).toBeCloseTo(6 / 12 / 6);
    expect(north.indicators?.unansweredOutreachShare).toMatchObject({ current: 0.25, previous: 1, direction: 'better' });
    expect(north.indicators?.outreachPerPerson.trend).toEqual([0, 12 / 6, 0, 0]);
    const frontlineSales = find('levelFunction', null, 'sales');
    expect(frontlineSales.indicators?.outreachPerPerson.current).toBeCloseTo(20 / 4 / 11);
    expect(frontlineSales.indicators?.unansweredOutreachShare.current).toBeCloseTo(3 / 20);
    expect(find('total', null, null).groupSize).toBe(21);
  });

  it('never leaves exactly one hidden group in a sum, whatever the group sizes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const sizes = [seed % 7, (seed * 3) % 9, (seed * 5) % 4, (seed * 7) % 11, 1 + (seed % 3), (seed * 11) % 6];
      const crowd = [
        ...people('A', 'frontline', 'sales', sizes[0] as number),
        ...people('A', 'frontline', 'marketing', sizes[1] as number),
        ...people('B', 'frontline', 'sales', sizes[2] as number),
        ...people('B', 'middle', 'marketing', sizes[3] as number),
        ...people('C', 'senior', 'sales', sizes[4] as number),
        ...people('C', 'middle', 'sales', sizes[5] as number),
      ];
      const groups = monitorHeatmap({ rows: [], people: crowd, windows, minimum: 5 });
      const hidden = new Set(groups.filter((g) => g.suppressed).map((g) => g.key));
      for (const group of groups) {
        if (!group.suppressed) continue;
        expect(group.groupSize).toBeNull();
        expect(group.indicators).toBeNull();
      }
      // Every shown group with people has at least the minimum.
      for (const group of groups) if (!group.suppressed && group.groupSize !== null && group.groupSize > 0) expect(group.groupSize).toBeGreaterThanOrEqual(5);
      const byKind = (kind: string) => groups.filter((g) => g.kind === kind).map((g) => g.key);
      const total = byKind('total')[0] as string;
      expect(revealsByDifference(hidden, [{ total, parts: byKind('unit') }, { total, parts: byKind('level') }])).toBeNull();
    }
  });
});
