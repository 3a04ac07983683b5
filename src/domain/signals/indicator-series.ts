/**
 * Weekly indicator series for the early warnings, from the unit-week rollup, support requests and the incident log.
 * A series is dense over the given weeks (a week without rows counts zero events). Count series hold one count per
 * week; ratio series hold numerator and denominator per week so windows pool them (Σ num / Σ den).
 */
import type { Level, PersonFunction } from '../org/types';
import type { SupportRequestRow } from './promise-keeping';
import type { IsoDate, RollupPerson, UnitWeekRollupRow } from './rollup-types';
import { weekStartOf } from './weeks';

export const INDICATORS = {
  cross_contacts: { kind: 'count', badDirection: 'down', label: 'Cross-function contacts per week' },
  unanswered_marketing_to_sales: { kind: 'ratio', badDirection: 'up', label: 'Unanswered share of marketing → sales outreach' },
  unanswered_sales_to_marketing: { kind: 'ratio', badDirection: 'up', label: 'Unanswered share of sales → marketing outreach' },
  promises_broken: { kind: 'ratio', badDirection: 'up', label: 'Share of support promises not kept (late, declined, ignored)' },
  conflict_incidents: { kind: 'count', badDirection: 'up', label: 'Conflict incidents per week' },
} as const;
export type IndicatorId = keyof typeof INDICATORS;

export interface SeriesKey {
  indicator: IndicatorId;
  scope: 'unit' | 'unit_level' | 'level' | 'dyad';
  unit?: string;
  level?: Level;
  /** The function whose rollup rows hold the figures (the initiating side for the unanswered shares). */
  function?: PersonFunction;
  dyad?: { salesPersonId: string; marketingPersonId: string };
}

export interface WeeklySeries {
  key: SeriesKey;
  weeks: IsoDate[];
  numerators: number[];
  /** All ones for a count series. */
  denominators: number[];
}

export interface IncidentRow {
  unit: string;
  level: Level;
  occurredAt: Date;
}

/** Contacts and unanswered outreach per unit, per unit and level, and per level. */
export function unitWeekSeries(rows: readonly UnitWeekRollupRow[], weeks: readonly IsoDate[]): WeeklySeries[] {
  const builder = new SeriesBuilder(weeks);
  for (const row of rows) {
    const scopes: Array<Omit<SeriesKey, 'indicator'>> = [
      { scope: 'unit', unit: row.unit },
      { scope: 'unit_level', unit: row.unit, level: row.level },
      { scope: 'level', level: row.level },
    ];
    for (const scope of scopes) {
      builder.add({ indicator: 'cross_contacts', ...scope }, row.weekStart, row.outreach, 1);
      if (row.function === 'marketing') builder.add({ indicator: 'unanswered_marketing_to_sales', ...scope, function: 'marketing' }, row.weekStart, row.outreachUnanswered, row.outreach);
      if (row.function === 'sales') builder.add({ indicator: 'unanswered_sales_to_marketing', ...scope, function: 'sales' }, row.weekStart, row.outreachUnanswered, row.outreach);
    }
  }
  return builder.series(true);
}

/** Broken promises per cross-function dyad and per unit of the provider, by the week the request was made. */
export function promiseSeries(requests: readonly SupportRequestRow[], people: readonly RollupPerson[], weeks: readonly IsoDate[]): WeeklySeries[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const builder = new SeriesBuilder(weeks);
  for (const request of requests) {
    const provider = byId.get(request.providerId);
    const requester = byId.get(request.requesterId);
    if (provider === undefined || requester === undefined || request.outcome === null) continue;
    const week = weekStartOf(request.requestedAt);
    const broken = request.outcome === 'delivered' ? 0 : 1;
    builder.add({ indicator: 'promises_broken', scope: 'unit', unit: provider.unit }, week, broken, 1);
    const sales = provider.function === 'sales' ? provider : requester.function === 'sales' ? requester : null;
    const marketing = provider.function === 'marketing' ? provider : requester.function === 'marketing' ? requester : null;
    if (sales !== null && marketing !== null) {
      builder.add({ indicator: 'promises_broken', scope: 'dyad', dyad: { salesPersonId: sales.id, marketingPersonId: marketing.id } }, week, broken, 1);
    }
  }
  return builder.series(false);
}

/** Conflict incidents per unit. */
export function incidentSeries(incidents: readonly IncidentRow[], units: readonly string[], weeks: readonly IsoDate[]): WeeklySeries[] {
  const builder = new SeriesBuilder(weeks);
  for (const unit of units) builder.touch({ indicator: 'conflict_incidents', scope: 'unit', unit });
  for (const incident of incidents) builder.add({ indicator: 'conflict_incidents', scope: 'unit', unit: incident.unit }, weekStartOf(incident.occurredAt), 1, 1);
  return builder.series(true);
}

export const seriesKeyId = (key: SeriesKey): string =>
  [key.indicator, key.scope, key.unit ?? '', key.level ?? '', key.function ?? '', key.dyad?.salesPersonId ?? '', key.dyad?.marketingPersonId ?? ''].join('\u0000');

class SeriesBuilder {
  private readonly slotOf: Map<IsoDate, number>;
  private readonly byKey = new Map<string, WeeklySeries>();

  constructor(private readonly weeks: readonly IsoDate[]) {
    this.slotOf = new Map(weeks.map((week, i) => [week, i]));
  }

  touch(key: SeriesKey): WeeklySeries {
    const id = seriesKeyId(key);
    let series = this.byKey.get(id);
    if (series === undefined) {
      const n = this.weeks.length;
      series = { key, weeks: [...this.weeks], numerators: new Array<number>(n).fill(0), denominators: new Array<number>(n).fill(0) };
      this.byKey.set(id, series);
    }
    return series;
  }

  add(key: SeriesKey, week: IsoDate, numerator: number, denominator: number): void {
    const slot = this.slotOf.get(week);
    if (slot === undefined) return;
    const series = this.touch(key);
    series.numerators[slot] = (series.numerators[slot] as number) + numerator;
    series.denominators[slot] = (series.denominators[slot] as number) + denominator;
  }

  /** Count series get a denominator of 1 in every week (a week without events is a zero, not a gap). */
  series(countsAreDense: boolean): WeeklySeries[] {
    const all = [...this.byKey.values()];
    for (const series of all) {
      if (countsAreDense && INDICATORS[series.key.indicator].kind === 'count') series.denominators.fill(1);
    }
    return all.sort((a, b) => (seriesKeyId(a.key) < seriesKeyId(b.key) ? -1 : 1));
  }
}
