import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../common/random';
import { MIN_PAIRS, PROPOSITIONS, testProposition } from './propositions';
import { averageRanks, normal, pearson, phaseSurrogateMaker, quantile, spearman } from './statistics';

describe('statistics', () => {
  it('gives tied values their average rank', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('computes Spearman with ties as Pearson on ranks, in [-1, 1], and 1 for any increasing transform', () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 100])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 2, 3], [3, 2, 2, 1])).toBeCloseTo(-1, 12);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), { minLength: 3, maxLength: 30 }), (pairs) => {
        const rho = spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        if (!Number.isNaN(rho)) {
          expect(rho).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(rho).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('returns NaN for a constant series and reads windows by offset', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearson([0, 1, 2, 3], [9, 1, 2, 3], 1, 1, 3)).toBeCloseTo(1, 12);
  });

  it('interpolates quantiles like R type 7', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 12);
  });

  it('makes phase surrogates with the mean, variance and lag-1 circular autocorrelation of the original', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 51 }, (_, t) => Math.sin(t / 3) + 0.3 * normal(random));
    const surrogate = new Float64Array(51);
    phaseSurrogateMaker(values)(random, surrogate);
    const moments = (v: ArrayLike<number>) => {
      const a = Array.from(v);
      const mean = a.reduce((s, x) => s + x, 0) / a.length;
      const variance = a.reduce((s, x) => s + (x - mean) ** 2, 0) / a.length;
      const lag1 = a.reduce((s, x, t) => s + (x - mean) * ((a[(t + 1) % a.length] as number) - mean), 0) / a.length;
      return [mean, variance, lag1];
    };
    moments(surrogate).forEach((value, i) => expect(value).toBeCloseTo(moments(values)[i]!, 9));
    expect(Array.from(surrogate)).not.toEqual(values);
  });
});

describe('propositions', () => {
  it('lists every §5 direction once, with stable dysfunction, interpretation and response ids', () => {
    expect(new Set(PROPOSITIONS.map((p) => p.id)).size).toBe(PROPOSITIONS.length);
    for (const p of PROPOSITIONS) {
      expect(p.dysfunction).toMatch(/^dysfunction\.(communication_paucity|lack_of_collaboration|overt_conflict)$/);
      expect(p.outcome).toMatch(/^(interpretation|response)\.[a-z_]+$/);
    }
    expect(PROPOSITIONS.find((p) => p.outcome === 'response.active_ignorance')?.statement).toMatch(/ignores initiatives/);
  });

  const target = { id: 'dysfunction.communication_paucity→response.active_ignorance', expected: 'positive' as const };
  const random = seededRandom(8);
  const related = Array.from({ length: 40 }, (_, i) => {
    const x = normal(random);
    return { id: `u${i}`, x, y: 0.8 * x + 0.5 * normal(random) };
  });

  it('says the data agree when the whole interval lies on the expected side', () => {
    const result = testProposition(target, related, { seed: 1 });
    expect(result).toMatchObject({ exploratory: true, n: 40, agreement: 'agrees' });
    expect(result.rho!).toBeGreaterThan(0.6);
    expect(result.interval![0]).toBeGreaterThan(0);
    expect(result.interval![0]).toBeLessThan(result.rho!);
    expect(result.standardisedSlope!).toBeGreaterThan(0.6);
    expect(result.note).toMatch(/Exploratory/);
  });

  it('says the data contradict when the interval lies on the other side, and cannot tell for noise', () => {
    expect(testProposition(target, related.map((o) => ({ ...o, y: -o.y })), { seed: 1 }).agreement).toBe('contradicts');
    const noise = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, x: normal(random), y: normal(random) }));
    expect(testProposition(target, noise, { seed: 2 }).agreement).toBe('inconclusive');
  });

  it('refuses to give an interval for too few pairs or a constant measure', () => {
    expect(testProposition(target, related.slice(0, MIN_PAIRS - 1), { seed: 1 })).toMatchObject({ agreement: 'too_few', interval: null });
    expect(testProposition(target, related.map((o) => ({ ...o, x: 1 })), { seed: 1 })).toMatchObject({ agreement: 'too_few', rho: null });
  });

  it('is reproducible for a seed and ignores non-finite pairs', () => {
    const withGaps = [...related, { id: 'bad', x: Number.NaN, y: 1 }];
    expect(testProposition(target, withGaps, { seed: 5 })).toEqual(testProposition(target, related, { seed: 5 }));
  });
});
