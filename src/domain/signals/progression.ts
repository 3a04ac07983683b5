/**
 * Progression between the three dysfunctions (`progression.circular`, DOMAIN.md §5): in a unit's weekly scores,
 * does one dysfunction's movement precede another's, in any direction, and which moves first?
 *
 * Method (lagged cross-correlation of differenced series with phase-randomised surrogates):
 * 1. Difference each weekly series (d[t] = x[t+1] − x[t]) so shared levels and slow trends do not pass for a lead.
 * 2. For each ordered pair X → Y and lag ℓ = 1..maxLag, r(ℓ) = corr(dX[t], dY[t + ℓ]); the lead statistic is
 *    S = max_ℓ r(ℓ) at the best lag ℓ*.
 * 3. Null distribution: Fourier phase-randomised surrogates of dX (Theiler et al. 1992) keep its power spectrum, so
 *    its own autocorrelation, but break any alignment with dY; p = (1 + #{S* ≥ S}) / (1 + surrogates). (Circular
 *    shifts would keep the autocorrelation too, but a year of weeks offers only ~40 distinct shifts: too coarse for
 *    a Bonferroni level of 0.05 / 6.)
 * 4. A lead X → Y is flagged when p ≤ alpha / 6 (Bonferroni over the six ordered pairs, so a unit of independent
 *    series is flagged with probability ≤ alpha) and S exceeds the reverse pair's statistic (X leads, not follows).
 * 5. Uncertainty: a seeded moving-block bootstrap of the aligned pairs gives a 95% interval for r(ℓ*) and the share
 *    of resamples whose best lag is ℓ* (lag support).
 * The earliest-moving dysfunction is the source of flagged leads that no flagged lead points to; in a circle (every
 * flagged source is also led) it is the source of the strongest lead, and `circular` is set.
 */
import { DomainError } from '../common/domain-error';
import { seededRandom, type Random } from '../common/random';
import { pearson, phaseSurrogateMaker, quantile } from './statistics';

export const DYSFUNCTIONS = ['communication_paucity', 'lack_of_collaboration', 'overt_conflict'] as const;
export type Dysfunction = (typeof DYSFUNCTIONS)[number];

export interface UnitDysfunctionSeries {
  unit: string;
  /** Week labels, oldest first (one per value). */
  weeks: string[];
  scores: Record<Dysfunction, number[]>;
}

export interface ProgressionOptions {
  maxLag?: number;
  alpha?: number;
  surrogates?: number;
  bootstrap?: number;
  seed: number;
}

export interface LeadFinding {
  leader: Dysfunction;
  follower: Dysfunction;
  /** Weeks by which the leader's movement precedes the follower's. */
  lag: number;
  correlation: number;
  pValue: number;
  flagged: boolean;
  /** 95% moving-block bootstrap interval for the correlation at `lag` (flagged leads only). */
  interval: [number, number] | null;
  /** Share of bootstrap resamples whose best lag is `lag` (flagged leads only). */
  lagSupport: number | null;
}

export interface UnitProgression {
  unit: string;
  weeks: number;
  leads: LeadFinding[];
  earliest: Dysfunction | null;
  circular: boolean;
  method: string;
}

export class ProgressionError extends DomainError<'series-too-short' | 'bad-series'> {}

export function detectProgression(input: UnitDysfunctionSeries, options: ProgressionOptions): UnitProgression {
  const maxLag = options.maxLag ?? 4;
  const alpha = options.alpha ?? 0.05;
  const surrogates = options.surrogates ?? 499;
  const resamples = options.bootstrap ?? 500;
  const length = input.weeks.length;
  for (const dysfunction of DYSFUNCTIONS) {
    const values = input.scores[dysfunction];
    if (values.length !== length || values.some((value) => !Number.isFinite(value))) {
      throw new ProgressionError('bad-series', `Unit ${input.unit}: the ${dysfunction} series needs one finite score per week (${length}).`);
    }
  }
  // Surrogate shifts need room beyond the lags on both sides, and each correlation needs enough pairs.
  if (length < 4 * maxLag + 8) {
    throw new ProgressionError('series-too-short', `Unit ${input.unit}: progression needs at least ${4 * maxLag + 8} weeks for lags up to ${maxLag}; got ${length}.`);
  }
  const random = seededRandom(options.seed);
  const differenced = Object.fromEntries(DYSFUNCTIONS.map((d) => [d, difference(input.scores[d])])) as Record<Dysfunction, Float64Array>;

  const raw = DYSFUNCTIONS.flatMap((leader) =>
    DYSFUNCTIONS.filter((follower) => follower !== leader).map((follower) => {
      const { statistic, lag } = leadStatistic(differenced[leader], differenced[follower], maxLag);
      return { leader, follower, statistic, lag, pValue: surrogateP(differenced[leader], differenced[follower], maxLag, statistic, surrogates, random) };
    }),
  );
  const leads: LeadFinding[] = raw.map((pair) => {
    const reverse = raw.find((other) => other.leader === pair.follower && other.follower === pair.leader);
    const flagged = Number.isFinite(pair.statistic) && pair.pValue <= alpha / raw.length && pair.statistic > (reverse?.statistic ?? -Infinity);
    const uncertainty = flagged ? blockBootstrap(differenced[pair.leader], differenced[pair.follower], maxLag, pair.lag, resamples, random) : null;
    return {
      leader: pair.leader,
      follower: pair.follower,
      lag: pair.lag,
      correlation: pair.statistic,
      pValue: pair.pValue,
      flagged,
      interval: uncertainty?.interval ?? null,
      lagSupport: uncertainty?.lagSupport ?? null,
    };
  });
  const flagged = leads.filter((lead) => lead.flagged);
  const unled = flagged.filter((lead) => !flagged.some((other) => other.follower === lead.leader));
  const strongest = (list: LeadFinding[]) => [...list].sort((a, b) => a.pValue - b.pValue || b.correlation - a.correlation)[0];
  return {
    unit: input.unit,
    weeks: length,
    leads,
    earliest: (strongest(unled.length > 0 ? unled : flagged)?.leader ?? null) as Dysfunction | null,
    circular: flagged.length > 0 && unled.length === 0,
    method: `lagged cross-correlation of differenced series, lags 1–${maxLag}, ${surrogates} phase-randomised surrogates, Bonferroni alpha ${alpha} over 6 ordered pairs`,
  };
}

function difference(values: readonly number[]): Float64Array {
  const result = new Float64Array(values.length - 1);
  for (let t = 0; t < result.length; t += 1) result[t] = (values[t + 1] as number) - (values[t] as number);
  return result;
}

/** max over lags 1..maxLag of corr(x[t], y[t + lag]), on the same t range for every lag. */
function leadStatistic(x: Float64Array, y: Float64Array, maxLag: number): { statistic: number; lag: number } {
  const pairs = x.length - maxLag;
  let statistic = -Infinity;
  let lag = 1;
  for (let l = 1; l <= maxLag; l += 1) {
    const r = pearson(x, y, maxLag - l, maxLag, pairs);
    if (r > statistic) {
      statistic = r;
      lag = l;
    }
  }
  return { statistic, lag };
}

function surrogateP(x: Float64Array, y: Float64Array, maxLag: number, observed: number, count: number, random: Random): number {
  if (!Number.isFinite(observed)) return 1;
  const makeSurrogate = phaseSurrogateMaker(x);
  const surrogate = new Float64Array(x.length);
  let atLeast = 0;
  for (let s = 0; s < count; s += 1) {
    makeSurrogate(random, surrogate);
    if (leadStatistic(surrogate, y, maxLag).statistic >= observed) atLeast += 1;
  }
  return (1 + atLeast) / (1 + count);
}

function blockBootstrap(x: Float64Array, y: Float64Array, maxLag: number, lag: number, count: number, random: Random) {
  const n = x.length;
  const block = Math.max(2 * maxLag + 2, Math.round(Math.cbrt(n) * 2));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const correlations: number[] = [];
  let sameLag = 0;
  for (let b = 0; b < count; b += 1) {
    for (let filled = 0; filled < n; ) {
      const start = random.int(0, n - block);
      for (let k = 0; k < block && filled < n; k += 1, filled += 1) {
        xs[filled] = x[start + k] as number;
        ys[filled] = y[start + k] as number;
      }
    }
    const best = leadStatistic(xs, ys, maxLag);
    if (best.lag === lag) sameLag += 1;
    correlations.push(pearson(xs, ys, maxLag - lag, maxLag, n - maxLag));
  }
  return { interval: [quantile(correlations, 0.025), quantile(correlations, 0.975)] as [number, number], lagSupport: sameLag / count };
}
