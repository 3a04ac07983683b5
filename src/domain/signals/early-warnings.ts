/**
 * Early warnings on weekly indicator series: trend breaks and threshold crossings, each with its evidence (the
 * numbers and the weeks) and a key naming the rollup rows behind it.
 *
 * Break: at each week t, the recent window (the last `recentWeeks` weeks up to t) is compared with the baseline
 * window (the `baselineWeeks` weeks before it). Counts are treated as Poisson: z = (mean_recent − mean_base) /
 * √(max(mean_base, countFloor) / recentWeeks). Ratios are pooled proportions: z = (p_recent − p_base) /
 * √(p̄ (1 − p̄) (1/n_recent + 1/n_base)), p̄ pooled over both windows (floored away from 0 and 1). A week breaks when
 * z lies beyond `k` in the indicator's bad direction AND the relative change is at least `minRelativeChange` (a
 * statistically clear but small drift on a big group is not a warning). k = 4 by default because a year of weekly
 * tests on many series is a multiple comparison: one-sided P(z > 4) ≈ 3·10⁻⁵ per test.
 * Threshold: the recent window's value is beyond a fixed threshold for the indicator — for a ratio, its whole 95%
 * Wilson interval must lie beyond (six unanswered out of ten is not yet "more than half").
 * Consecutive flagged weeks (gaps shorter than the recent window) form one warning, reported at its first week.
 */
import { INDICATORS, type IndicatorId, type SeriesKey, type WeeklySeries } from './indicator-series';
import type { IsoDate } from './rollup-types';

export interface WarningOptions {
  recentWeeks?: number;
  baselineWeeks?: number;
  k?: number;
  minRelativeChange?: number;
  /** Smallest baseline weekly mean assumed for Poisson noise (so a zero baseline does not make every event a break). */
  countFloor?: number;
  /** A ratio window needs at least this many events to be judged. */
  minDenominator?: number;
  /** Fixed thresholds on the recent window's value, per indicator (beyond = on the bad side). */
  thresholds?: Partial<Record<IndicatorId, number>>;
}

export const DEFAULT_THRESHOLDS: Partial<Record<IndicatorId, number>> = {
  unanswered_marketing_to_sales: 0.5,
  unanswered_sales_to_marketing: 0.5,
  promises_broken: 0.6,
};

export interface WarningEvidence {
  /** The week the warning was raised (its first flagged week) and the windows compared there. */
  week: IsoDate;
  recentWeeks: [IsoDate, IsoDate];
  baselineWeeks: [IsoDate, IsoDate] | null;
  recentValue: number;
  baselineValue: number | null;
  /** Events behind the recent and baseline values (the denominators). */
  recentEvents: number;
  baselineEvents: number | null;
  z: number | null;
  threshold: number | null;
}

export interface EarlyWarning {
  type: 'break' | 'threshold';
  key: SeriesKey;
  label: string;
  firstWeek: IsoDate;
  lastWeek: IsoDate;
  evidence: WarningEvidence;
  /** The rollup rows behind the warning: the series key and the weeks from the baseline's start to the last flagged week. */
  rows: SeriesKey & { fromWeek: IsoDate; toWeek: IsoDate };
}

export function earlyWarnings(series: readonly WeeklySeries[], options: WarningOptions = {}): EarlyWarning[] {
  const settings = {
    recentWeeks: options.recentWeeks ?? 4,
    baselineWeeks: options.baselineWeeks ?? 12,
    k: options.k ?? 4,
    minRelativeChange: options.minRelativeChange ?? 0.3,
    countFloor: options.countFloor ?? 0.1,
    minDenominator: options.minDenominator ?? 5,
    thresholds: options.thresholds ?? DEFAULT_THRESHOLDS,
  };
  const warnings: EarlyWarning[] = [];
  for (const one of series) {
    const breaks: Array<{ t: number; evidence: WarningEvidence }> = [];
    const crossings: Array<{ t: number; evidence: WarningEvidence }> = [];
    const threshold = settings.thresholds[one.key.indicator];
    for (let t = settings.recentWeeks - 1; t < one.weeks.length; t += 1) {
      const recent = pooled(one, t - settings.recentWeeks + 1, t);
      if (threshold !== undefined && recent.denominator >= settings.minDenominator && beyondThreshold(one.key.indicator, recent, threshold)) {
        crossings.push({ t, evidence: evidenceAt(one, t, settings.recentWeeks, recent, null, null, threshold) });
      }
      const baselineStart = t - settings.recentWeeks - settings.baselineWeeks + 1;
      if (baselineStart < 0) continue;
      const baseline = pooled(one, baselineStart, t - settings.recentWeeks);
      const z = zScore(one.key.indicator, recent, baseline, settings);
      if (z === null || !isBad(one.key.indicator, z) || Math.abs(z) < settings.k) continue;
      const relative = baseline.value === 0 ? Infinity : Math.abs(recent.value - baseline.value) / baseline.value;
      if (relative < settings.minRelativeChange) continue;
      breaks.push({ t, evidence: evidenceAt(one, t, settings.recentWeeks, recent, { start: baselineStart, ...baseline }, z, null) });
    }
    for (const [type, flagged] of [['break', breaks], ['threshold', crossings]] as const) {
      for (const run of runs(flagged, settings.recentWeeks)) {
        const first = run[0] as { t: number; evidence: WarningEvidence };
        const lastWeek = one.weeks[(run.at(-1) as { t: number }).t] as IsoDate;
        const fromWeek = first.evidence.baselineWeeks?.[0] ?? first.evidence.recentWeeks[0];
        warnings.push({
          type,
          key: one.key,
          label: INDICATORS[one.key.indicator].label,
          firstWeek: first.evidence.week,
          lastWeek,
          evidence: first.evidence,
          rows: { ...one.key, fromWeek, toWeek: lastWeek },
        });
      }
    }
  }
  return warnings;
}

interface Pooled {
  value: number;
  numerator: number;
  denominator: number;
}

function pooled(series: WeeklySeries, from: number, to: number): Pooled {
  let numerator = 0;
  let denominator = 0;
  for (let i = from; i <= to; i += 1) {
    numerator += series.numerators[i] as number;
    denominator += series.denominators[i] as number;
  }
  return { value: denominator === 0 ? 0 : numerator / denominator, numerator, denominator };
}

function zScore(indicator: IndicatorId, recent: Pooled, baseline: Pooled, settings: { countFloor: number; minDenominator: number; recentWeeks: number }): number | null {
  if (INDICATORS[indicator].kind === 'count') {
    if (baseline.denominator === 0 || recent.denominator === 0) return null;
    return (recent.value - baseline.value) / Math.sqrt(Math.max(baseline.value, settings.countFloor) / recent.denominator);
  }
  if (recent.denominator < settings.minDenominator || baseline.denominator < settings.minDenominator) return null;
  const pooledRate = Math.min(0.98, Math.max(0.02, (recent.numerator + baseline.numerator) / (recent.denominator + baseline.denominator)));
  const standardError = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / recent.denominator + 1 / baseline.denominator));
  return (recent.value - baseline.value) / standardError;
}

/** For ratios, the 95% Wilson bound nearest the threshold must be beyond it; counts compare the window mean. */
function beyondThreshold(indicator: IndicatorId, recent: Pooled, threshold: number): boolean {
  if (INDICATORS[indicator].kind === 'count') return isBad(indicator, recent.value - threshold);
  const [low, high] = wilsonInterval(recent.numerator, recent.denominator);
  return INDICATORS[indicator].badDirection === 'up' ? low > threshold : high < threshold;
}

export function wilsonInterval(successes: number, trials: number, z = 1.959964): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const isBad = (indicator: IndicatorId, signed: number) => (INDICATORS[indicator].badDirection === 'up' ? signed > 0 : signed < 0);

function evidenceAt(
  series: WeeklySeries,
  t: number,
  recentWeeks: number,
  recent: Pooled,
  baseline: (Pooled & { start: number }) | null,
  z: number | null,
  threshold: number | null,
): WarningEvidence {
  const week = (i: number) => series.weeks[i] as IsoDate;
  return {
    week: week(t),
    recentWeeks: [week(t - recentWeeks + 1), week(t)],
    baselineWeeks: baseline === null ? null : [week(baseline.start), week(t - recentWeeks)],
    recentValue: recent.value,
    baselineValue: baseline?.value ?? null,
    recentEvents: recent.denominator,
    baselineEvents: baseline?.denominator ?? null,
    z,
    threshold,
  };
}

/** Groups flagged weeks into runs, bridging gaps shorter than `maxGap` weeks. */
function runs<T extends { t: number }>(flagged: readonly T[], maxGap: number): T[][] {
  const result: T[][] = [];
  for (const item of flagged) {
    const current = result.at(-1);
    if (current !== undefined && item.t - (current.at(-1) as T).t <= maxGap) current.push(item);
    else result.push([item]);
  }
  return result;
}
