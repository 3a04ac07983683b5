/** Small statistics shared by the progression and proposition analyses: ranks, correlations, quantiles, normals. */
import type { Random } from '../common/random';

/** Pearson's r of two equally long arrays (first `length` entries from the offsets); NaN when either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>, xFrom = 0, yFrom = 0, length = Math.min(x.length - xFrom, y.length - yFrom)): number {
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < length; i += 1) {
    sumX += x[xFrom + i] as number;
    sumY += y[yFrom + i] as number;
  }
  const meanX = sumX / length;
  const meanY = sumY / length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < length; i += 1) {
    const dx = (x[xFrom + i] as number) - meanX;
    const dy = (y[yFrom + i] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Ranks 1..n with ties given their average rank. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as { value: number }).value === (order[start] as { value: number }).value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[(order[k] as { i: number }).i] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Spearman's rho: Pearson's r of the average ranks (correct with ties). */
export const spearman = (x: readonly number[], y: readonly number[]): number => pearson(averageRanks(x), averageRanks(y));

/** Linear-interpolated quantile (type 7, as R's default) of unsorted values. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Fourier phase-randomised surrogates (Theiler et al. 1992): the same power spectrum — hence the same circular
 * autocorrelation — as `values`, with random phases, so any alignment with another series is destroyed.
 * A plain O(n²) DFT: the series here are a year or two of weeks.
 */
export function phaseSurrogateMaker(values: ArrayLike<number>): (random: Random, into: Float64Array) => void {
  const n = values.length;
  const half = Math.floor((n - 1) / 2);
  const amplitude = new Float64Array(half + 1);
  let mean = 0;
  for (let t = 0; t < n; t += 1) mean += values[t] as number;
  mean /= n;
  for (let k = 1; k <= half; k += 1) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t += 1) {
      const angle = (2 * Math.PI * k * t) / n;
      re += (values[t] as number) * Math.cos(angle);
      im -= (values[t] as number) * Math.sin(angle);
    }
    amplitude[k] = Math.hypot(re, im);
  }
  // An even n has a Nyquist term whose phase must stay real; keep its signed value.
  let nyquist = 0;
  if (n % 2 === 0) for (let t = 0; t < n; t += 1) nyquist += (values[t] as number) * (t % 2 === 0 ? 1 : -1);
  // cos/sin tables once per series, so each surrogate is multiply-adds only.
  const cosine = new Float64Array((half + 1) * n);
  const sine = new Float64Array((half + 1) * n);
  for (let k = 1; k <= half; k += 1) {
    for (let t = 0; t < n; t += 1) {
      cosine[k * n + t] = Math.cos((2 * Math.PI * k * t) / n);
      sine[k * n + t] = Math.sin((2 * Math.PI * k * t) / n);
    }
  }
  const a = new Float64Array(half + 1);
  const b = new Float64Array(half + 1);
  return (random, into) => {
    for (let k = 1; k <= half; k += 1) {
      const phase = 2 * Math.PI * random.next();
      a[k] = (amplitude[k] as number) * Math.cos(phase);
      b[k] = (amplitude[k] as number) * Math.sin(phase);
    }
    for (let t = 0; t < n; t += 1) {
      // cos(ωt + φ) = cos ωt · cos φ − sin ωt · sin φ
      let sum = 0;
      for (let k = 1; k <= half; k += 1) sum += (a[k] as number) * (cosine[k * n + t] as number) - (b[k] as number) * (sine[k * n + t] as number);
      into[t] = mean + (2 * sum + (n % 2 === 0 ? nyquist * (t % 2 === 0 ? 1 : -1) : 0)) / n;
    }
  };
}
