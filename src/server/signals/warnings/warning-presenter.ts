import { effectiveMinimum } from '../../../domain/dysfunction/suppression';
import type { WarningEvidence } from '../../../domain/signals/early-warnings';
import { INDICATORS, type IndicatorId } from '../../../domain/signals/indicator-series';
import { NO_UNIT, type IsoDate, type RollupPerson } from '../../../domain/signals/rollup-types';
import { DAY_MS, isoDay } from '../../../domain/signals/weeks';
import type { WarningView } from '../../../shared/signals-warnings';
import type { WarningRow } from './warnings-repository';

/** What the presenter needs besides the row: the people (group sizes, dyad names) and the reporting minimum. */
export interface PresentContext {
  people: ReadonlyArray<RollupPerson & { name: string }>;
  reportingMinimum: number;
}

export interface StoredRows {
  fromWeek: IsoDate;
  toWeek: IsoDate;
  points: Array<{ week: IsoDate; numerator: number; denominator: number }>;
}

const isRatio = (indicator: IndicatorId) => INDICATORS[indicator].kind === 'ratio';
/** The Sunday that ends an ISO week: rollup ranges are inclusive days. */
const lastDayOf = (week: IsoDate) => isoDay(Date.parse(`${week}T00:00:00Z`) + 6 * DAY_MS);

/** People the warning's figures describe; null for a dyad (a named pair, shown to signal readers by design). */
export function groupSizeOf(row: Pick<WarningRow, 'scope' | 'unit' | 'level' | 'function'>, people: readonly RollupPerson[]): number | null {
  if (row.scope === 'dyad') return null;
  return people.filter(
    (p) => (row.scope === 'level' || p.unit === row.unit) && (row.scope === 'unit' || p.level === row.level) && (row.function === null || p.function === row.function),
  ).length;
}

/** People without a region form the unit `(none)` (docs/signals.md); said in words. */
export const unitName = (unit: string | null) => (unit === NO_UNIT ? 'people without a region' : (unit ?? ''));

export function whereOf(row: Pick<WarningRow, 'scope' | 'unit' | 'level' | 'salesPersonId' | 'marketingPersonId'>, nameOf: (id: string | null) => string): string {
  switch (row.scope) {
    case 'unit':
      return unitName(row.unit);
    case 'unit_level':
      return `${unitName(row.unit)}, ${row.level} level`;
    case 'level':
      return `the ${row.level} level`;
    case 'dyad':
      return `the dyad ${nameOf(row.salesPersonId)} (sales) – ${nameOf(row.marketingPersonId)} (marketing)`;
  }
}

const format = (indicator: IndicatorId, value: number) => (isRatio(indicator) ? `${Math.round(value * 100)}%` : value.toFixed(1));
const minus = (value: number) => value.toFixed(1).replace('-', '−');

/** The plain-language sentence: what moved, where, from what to what, how surely, over which weeks. */
export function sentenceOf(row: Pick<WarningRow, 'type' | 'label'> & { indicator: IndicatorId }, where: string, evidence: WarningEvidence | null, minimum: number): string {
  if (evidence === null) return `${row.label} in ${where}: a warning in a group smaller than the reporting minimum (${minimum} people), so its figures are not shown.`;
  const weeks = `weeks ${evidence.recentWeeks[0]}..${evidence.recentWeeks[1]}`;
  const recent = format(row.indicator, evidence.recentValue);
  if (row.type === 'threshold' || evidence.baselineValue === null) {
    const beyond = INDICATORS[row.indicator].badDirection === 'up' ? 'above' : 'below';
    return `${row.label} in ${where} was ${recent} over ${evidence.recentEvents} events, ${beyond} the ${format(row.indicator, evidence.threshold ?? 0)} threshold, ${weeks}`;
  }
  const moved = evidence.recentValue < evidence.baselineValue ? 'fell' : 'rose';
  return `${row.label} in ${where} ${moved} from ${format(row.indicator, evidence.baselineValue)} to ${recent} (z = ${minus(evidence.z ?? 0)}), ${weeks}`;
}

export function linksOf(row: WarningRow, rows: StoredRows): WarningView['links'] {
  const range = `from=${rows.fromWeek}&to=${lastDayOf(rows.toWeek)}`;
  const query = (extra: Record<string, string | null>) =>
    [range, ...Object.entries(extra).flatMap(([key, value]) => (value === null ? [] : [`${key}=${encodeURIComponent(value)}`]))].join('&');
  const page =
    row.scope === 'dyad'
      ? `/signals/dyads/${row.salesPersonId}/${row.marketingPersonId}?${range}`
      : row.scope === 'level'
        ? `/signals/monitor?${query({ level: row.level })}`
        : `/signals/units/${encodeURIComponent(row.unit ?? '')}?${query({ level: row.scope === 'unit_level' ? row.level : null })}`;
  const indicator = row.indicator as IndicatorId;
  const api =
    indicator === 'promises_broken'
      ? `/api/support-requests/rates?since=${rows.fromWeek}&until=${lastDayOf(rows.toWeek)}`
      : indicator === 'conflict_incidents'
        ? `/api/incidents${row.level ? `?level=${row.level}` : ''}`
        : `/api/signals/rollups/units?${query({ unit: row.unit, level: row.level, function: row.function })}`;
  return { page, api };
}

export function presentWarning(row: WarningRow, context: PresentContext): WarningView {
  const names = new Map(context.people.map((p) => [p.id, p.name]));
  const nameOf = (id: string | null) => (id === null ? 'unknown' : (names.get(id) ?? 'a former member'));
  const minimum = effectiveMinimum(context.reportingMinimum);
  const groupSize = groupSizeOf(row, context.people);
  const suppressed = groupSize !== null && groupSize < minimum;
  const indicator = row.indicator as IndicatorId;
  const evidence = suppressed ? null : (row.evidence as WarningEvidence);
  const rows = row.rows as StoredRows;
  return {
    id: row.id,
    type: row.type,
    indicator,
    label: row.label,
    scope: row.scope,
    unit: row.unit,
    level: row.level,
    function: row.function,
    dyad:
      row.scope === 'dyad' && row.salesPersonId && row.marketingPersonId
        ? { sales: { id: row.salesPersonId, name: nameOf(row.salesPersonId) }, marketing: { id: row.marketingPersonId, name: nameOf(row.marketingPersonId) } }
        : null,
    firstWeek: row.firstWeek,
    lastWeek: row.lastWeek,
    detectedAt: row.detectedAt.toISOString(),
    status: row.status,
    acknowledged: row.acknowledgedAt ? { at: row.acknowledgedAt.toISOString(), byUserId: row.acknowledgedBy, note: row.acknowledgeNote } : null,
    suppressed,
    groupSize: suppressed ? null : groupSize,
    evidence,
    sentence: sentenceOf({ ...row, indicator }, whereOf(row, nameOf), evidence, minimum),
    links: linksOf(row, rows),
    series: suppressed
      ? null
      : rows.points.map((point) => ({
          week: point.week,
          value: isRatio(indicator) ? (point.denominator === 0 ? null : point.numerator / point.denominator) : point.numerator,
          events: isRatio(indicator) ? point.denominator : point.numerator,
        })),
  };
}
