import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GWET_ABSTRACTORS_TABLE,
  KRIPPENDORFF_2011_CODERS,
  KRIPPENDORFF_2011_MATRIX,
  codedFromMatrix,
  dataFromContingencyTable,
} from './agreement-fixtures';
import { brennanPredigerKappa } from './brennan-prediger';
import { codeRatings } from './coded-ratings';
import { PRL_THRESHOLD, perreaultLeighIndex, proportionalReductionInLoss } from './proportional-reduction-in-loss';

describe('perreaultLeighIndex', () => {
  // Perreault & Leigh (1989), Journal of Marketing Research 26(2), 135–148, eq. 3:
  // I_r = sqrt((F_o/N − 1/k) · k/(k − 1)) for F_o/N ≥ 1/k, else 0. Values below are worked by hand from it.
  it('gives sqrt(0.6) ≈ 0.775 for 80% agreement on two categories', () => {
    // (0.8 − 0.5) × 2/1 = 0.6 → 0.7746.
    expect(perreaultLeighIndex(0.8, 2)).toBeCloseTo(Math.sqrt(0.6), 12);
    expect(perreaultLeighIndex(0.8, 2)).toBeCloseTo(0.775, 3);
  });

  it('gives sqrt(0.7333) ≈ 0.856 for 80% agreement on four categories', () => {
    // (0.8 − 0.25) × 4/3 = 0.7333 → 0.8563.
    expect(perreaultLeighIndex(0.8, 4)).toBeCloseTo(0.8563, 4);
  });

  it('is 1 for perfect agreement and 0 at or below chance agreement 1/k', () => {
    expect(perreaultLeighIndex(1, 5)).toBe(1);
    expect(perreaultLeighIndex(0.2, 5)).toBe(0);
    expect(perreaultLeighIndex(0.1, 5)).toBe(0);
  });

  it('rejects an agreement outside [0, 1] or a k below 2', () => {
    expect(() => perreaultLeighIndex(1.2, 3)).toThrow(/between 0 and 1/);
    expect(() => perreaultLeighIndex(0.5, 1)).toThrow(/at least 2/);
  });
});

describe('proportionalReductionInLoss', () => {
  it('equals I_r for two judges and flags it against the 0.70 cut-off (Rust & Cooil 1994)', () => {
    // Wikipedia's Cohen example: P_o = 35/50 = 0.7, k = 2 → sqrt(0.2 × 2) = 0.632, below 0.70.
    const data = dataFromContingencyTable([[20, 5], [10, 15]], ['yes', 'no']);
    const result = proportionalReductionInLoss(codeRatings(data));
    expect(result.value).toBeCloseTo(Math.sqrt(0.4), 12);
    expect(result.method).toBe('two-coders');
    expect(result.threshold).toBe(PRL_THRESHOLD);
    expect(result.meetsThreshold).toBe(false);
    expect(result.observedAgreement).toBeCloseTo(0.7, 12);
  });

  it('meets the cut-off for Gwet’s abstractors (P_o = 0.89, k = 3 → 0.914)', () => {
    // (0.89 − 1/3) × 3/2 = 0.835 → sqrt = 0.9138.
    const data = dataFromContingencyTable(GWET_ABSTRACTORS_TABLE, ['Ectopic', 'AIU', 'NIU']);
    const result = proportionalReductionInLoss(codeRatings(data));
    expect(result.value).toBeCloseTo(Math.sqrt(0.835), 12);
    expect(result.meetsThreshold).toBe(true);
  });

  it('averages the two-judge values over coder pairs for more judges, and says so', () => {
    const ratings = codedFromMatrix(KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX);
    const result = proportionalReductionInLoss(ratings);
    expect(result.method).toBe('pairwise-mean');
    expect(result.pairs).toHaveLength(6);
    // Pair A–B: they share 9 units and agree on 8; k = 5 → sqrt((8/9 − 0.2) × 5/4) = 0.92796.
    expect(result.pairs?.[0]?.value).toBeCloseTo(Math.sqrt((8 / 9 - 0.2) * 1.25), 12);
    const mean = (result.pairs ?? []).reduce((sum, pair) => sum + (pair.value as number), 0) / 6;
    expect(result.value).toBeCloseTo(mean, 12);
  });

  it('accepts a different k and threshold', () => {
    const data = dataFromContingencyTable([[20, 5], [10, 15]], ['yes', 'no']);
    const result = proportionalReductionInLoss(codeRatings(data), { k: 4, threshold: 0.6 });
    // (0.7 − 0.25) × 4/3 = 0.6 → 0.7746.
    expect(result.value).toBeCloseTo(Math.sqrt(0.6), 12);
    expect(result.k).toBe(4);
    expect(result.meetsThreshold).toBe(true);
  });

  it('squares to the Brennan–Prediger kappa for two judges agreeing above chance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 40 }),
        (pairs) => {
          const ratings = codedFromMatrix(['one', 'two'], [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
          fc.pre(ratings.categories.length >= 2);
          const prl = proportionalReductionInLoss(ratings).value as number;
          const bp = brennanPredigerKappa(ratings).value as number;
          if (bp >= 0) expect(prl * prl).toBeCloseTo(bp, 12);
          else expect(prl).toBe(0);
        },
      ),
    );
  });
});
