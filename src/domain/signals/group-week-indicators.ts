/**
 * Indicators per (unit, level, function) — and per (level, function) across units — over a range of weeks, from the
 * unit-week rollup alone: the cells of the monitor's level × function × indicator heatmap. Outreach is what the
 * group started towards the other function; inbound is what it received from it.
 */
import type { Level, PersonFunction } from '../org/types';
import type { IsoDate, RollupPerson, UnitWeekRollupRow } from './rollup-types';

export interface GroupWeekIndicators {
  /** Null for the level-wide cell. */
  unit: string | null;
  level: Level;
  function: PersonFunction;
  /** People in the group (from `people`, when given), for the reporting minimum; null when unknown. */
  groupSize: number | null;
  weeks: number;
  outreachPerWeek: number;
  inboundPerWeek: number;
  /** Share of the group's cross-function events that it started; null without any. */
  initiationShare: number | null;
  /** Unanswered share of the group's outreach (how the other side answers it). */
  unansweredOutreachRatio: number | null;
  /** Unanswered share of what the group received (how it answers the other side). */
  unansweredInboundRatio: number | null;
  /** Mean hours to an answer, both ways. */
  outreachResponseHours: number | null;
  inboundResponseHours: number | null;
}

export function groupWeekIndicators(
  rows: readonly UnitWeekRollupRow[],
  range: { fromWeek: IsoDate; toWeek: IsoDate },
  people?: readonly RollupPerson[],
): GroupWeekIndicators[] {
  const sizes = new Map<string, number>();
  for (const person of people ?? []) {
    for (const key of [`${person.unit}\u0000${person.level}\u0000${person.function}`, `\u0000${person.level}\u0000${person.function}`]) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const weeks = Math.round((Date.parse(`${range.toWeek}T00:00:00Z`) - Date.parse(`${range.fromWeek}T00:00:00Z`)) / (7 * 86_400_000)) + 1;
  const sums = new Map<string, { unit: string | null; level: Level; function: PersonFunction; totals: number[] }>();
  const add = (unit: string | null, row: UnitWeekRollupRow) => {
    const key = `${unit ?? ''}\u0000${row.level}\u0000${row.function}`;
    let entry = sums.get(key);
    if (entry === undefined) {
      entry = { unit, level: row.level, function: row.function, totals: [0, 0, 0, 0, 0, 0, 0, 0] };
      sums.set(key, entry);
    }
    const values = [row.outreach, row.outreachAnswered, row.outreachUnanswered, row.outreachResponseSecondsSum, row.inbound, row.inboundAnswered, row.inboundUnanswered, row.inboundResponseSecondsSum];
    values.forEach((value, i) => (entry.totals[i] = (entry.totals[i] as number) + value));
  };
  for (const row of rows) {
    if (row.weekStart < range.fromWeek || row.weekStart > range.toWeek) continue;
    add(row.unit, row);
    add(null, row);
  }
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return [...sums.values()]
    .map(({ unit, level, function: fn, totals }) => {
      const sizeKey = `${unit ?? ''}\u0000${level}\u0000${fn}`;
      const [outreach, outreachAnswered, outreachUnanswered, outreachSeconds, inbound, inboundAnswered, inboundUnanswered, inboundSeconds] = totals as [number, number, number, number, number, number, number, number];
      return {
        unit,
        level,
        function: fn,
        groupSize: people === undefined ? null : (sizes.get(sizeKey) ?? 0),
        weeks,
        outreachPerWeek: outreach / weeks,
        inboundPerWeek: inbound / weeks,
        initiationShare: ratio(outreach, outreach + inbound),
        unansweredOutreachRatio: ratio(outreachUnanswered, outreach),
        unansweredInboundRatio: ratio(inboundUnanswered, inbound),
        outreachResponseHours: outreachAnswered === 0 ? null : outreachSeconds / outreachAnswered / 3600,
        inboundResponseHours: inboundAnswered === 0 ? null : inboundSeconds / inboundAnswered / 3600,
      };
    })
    .sort((a, b) => `${a.unit ?? ''}|${a.level}|${a.function}`.localeCompare(`${b.unit ?? ''}|${b.level}|${b.function}`));
}
