/**
 * Progression by onsets (`progression.circular`), the second method beside lagged cross-correlation: suited to
 * dysfunctions that *start* (a step up in a weekly score) rather than co-move.
 *
 * 1. Onset per series: the single mean-shift point τ maximising the standardised step
 *    T(τ) = (mean(x[τ..]) − mean(x[..τ−1])) · √(τ (n − τ) / n), with at least `minSegment` weeks on each side, upward
 *    only (a dysfunction worsening). Its p-value is a permutation test of max_τ T(τ) over shuffled weeks (scale-free,
 *    so sparse series such as incident counts are judged fairly); an onset is kept when p ≤ alpha / 3 (Bonferroni
 *    over the three dysfunctions).
 * 2. Uncertainty: a residual moving-block bootstrap (fitted step plus resampled residual blocks) re-estimates τ,
 *    giving a 95% interval for each onset week.
 * 3. Order: X precedes Y when both have onsets and τ*_X < τ*_Y in at least `confidence` of paired bootstrap draws;
 *    the earliest-moving dysfunction is the one no other kept onset precedes (ties broken by the earlier onset).
 *    A dysfunction whose onset is the only one kept is the earliest by itself.
 */
import { seededRandom, type Random } from '../common/random';
import { DYSFUNCTIONS, type Dysfunction, type UnitDysfunctionSeries } from './progression';
import { quantile } from './statistics';

export interface Onset {
  dysfunction: Dysfunction;
  /** Index of the first week after the step, and its label. */
  index: number;
  week: string;
  /** Mean score before and after. */
  before: number;
  after: number;
  pValue: number;
  /** 95% bootstrap interval of the onset week (labels). */
  interval: [string, string];
}

export interface OnsetPrecedence {
  earlier: Dysfunction;
  later: Dysfunction;
  /** Share of bootstrap draws in which `earlier`'s onset comes strictly first. */
  probability: number;
  weeksApart: number;
}

export interface OnsetProgression {
  unit: string;
  onsets: Onset[];
  precedences: OnsetPrecedence[];
  earliest: Dysfunction | null;
  method: string;
}

export interface OnsetOptions {
  seed: number;
  alpha?: number;
  permutations?: number;
  bootstrap?: number;
  minSegment?: number;
  confidence?: number;
}

export function onsetProgression(input: UnitDysfunctionSeries, options: OnsetOptions): OnsetProgression {
  const alpha = options.alpha ?? 0.05;
  const permutations = options.permutations ?? 499;
  const resamples = options.bootstrap ?? 500;
  const minSegment = options.minSegment ?? 4;
  const confidence = options.confidence ?? 0.95;
  const random = seededRandom(options.seed);
  const draws = new Map<Dysfunction, Int32Array>();
  const onsets: Onset[] = [];
  for (const dysfunction of DYSFUNCTIONS) {
    const values = Float64Array.from(input.scores[dysfunction]);
    if (values.length < 2 * minSegment) continue;
    const best = bestStep(values, minSegment);
    if (best.statistic <= 0) continue;
    const pValue = permutationP(values, minSegment, best.statistic, permutations, random);
    if (pValue > alpha / DYSFUNCTIONS.length) continue;
    const indices = bootstrapOnsets(values, best.index, minSegment, resamples, random);
    draws.set(dysfunction, indices);
    const sorted = Array.from(indices);
    onsets.push({
      dysfunction,
      index: best.index,
      week: input.weeks[best.index] as string,
      before: best.before,
      after: best.after,
      pValue,
      interval: [input.weeks[Math.round(quantile(sorted, 0.025))] as string, input.weeks[Math.round(quantile(sorted, 0.975))] as string],
    });
  }
  const precedences: OnsetPrecedence[] = [];
  for (const first of onsets) {
    for (const second of onsets) {
      if (first === second) continue;
      const a = draws.get(first.dysfunction) as Int32Array;
      const b = draws.get(second.dysfunction) as Int32Array;
      let earlier = 0;
      for (let i = 0; i < a.length; i += 1) if ((a[i] as number) < (b[i] as number)) earlier += 1;
      const probability = earlier / a.length;
      if (probability >= confidence) {
        precedences.push({ earlier: first.dysfunction, later: second.dysfunction, probability, weeksApart: second.index - first.index });
      }
    }
  }
  const unpreceded = onsets.filter((onset) => !precedences.some((p) => p.later === onset.dysfunction)).sort((x, y) => x.index - y.index);
  return {
    unit: input.unit,
    onsets,
    precedences,
    earliest: unpreceded.length === 1 || (unpreceded.length > 1 && precedences.length > 0) ? (unpreceded[0]?.dysfunction ?? null) : null,
    method: `upward mean-shift onsets (permutation p ≤ ${alpha}/3, ${permutations} shuffles), ordered by ${resamples} residual block-bootstrap draws at ${confidence}`,
  };
}

function bestStep(values: Float64Array, minSegment: number) {
  const n = values.length;
  let total = 0;
  for (let i = 0; i < n; i += 1) total += values[i] as number;
  let prefix = 0;
  let best = { statistic: -Infinity, index: minSegment, before: 0, after: 0 };
  for (let tau = 1; tau < n; tau += 1) {
    prefix += values[tau - 1] as number;
    if (tau < minSegment || n - tau < minSegment) continue;
    const before = prefix / tau;
    const after = (total - prefix) / (n - tau);
    const statistic = (after - before) * Math.sqrt((tau * (n - tau)) / n);
    if (statistic > best.statistic) best = { statistic, index: tau, before, after };
  }
  return best;
}

function permutationP(values: Float64Array, minSegment: number, observed: number, count: number, random: Random): number {
  const shuffled = Float64Array.from(values);
  let atLeast = 0;
  for (let p = 0; p < count; p += 1) {
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random.next() * (i + 1));
      const swap = shuffled[i] as number;
      shuffled[i] = shuffled[j] as number;
      shuffled[j] = swap;
    }
    if (bestStep(shuffled, minSegment).statistic >= observed - 1e-12) atLeast += 1;
  }
  return (1 + atLeast) / (1 + count);
}

function bootstrapOnsets(values: Float64Array, index: number, minSegment: number, count: number, random: Random): Int32Array {
  const n = values.length;
  const fitted = new Float64Array(n);
  let before = 0;
  let after = 0;
  for (let i = 0; i < n; i += 1) if (i < index) before += values[i] as number; else after += values[i] as number;
  before /= index;
  after /= n - index;
  for (let i = 0; i < n; i += 1) fitted[i] = i < index ? before : after;
  const residuals = values.map((value, i) => value - (fitted[i] as number));
  const block = Math.max(2, Math.round(Math.cbrt(n)));
  const resampled = new Float64Array(n);
  const result = new Int32Array(count);
  for (let b = 0; b < count; b += 1) {
    for (let filled = 0; filled < n; ) {
      const start = Math.floor(random.next() * (n - block + 1));
      for (let k = 0; k < block && filled < n; k += 1, filled += 1) resampled[filled] = (fitted[filled] as number) + (residuals[start + k] as number);
    }
    result[b] = bestStep(resampled, minSegment).index;
  }
  return result;
}
