import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX, codedFromMatrix } from './agreement-fixtures';
import { holstiCoefficient } from './holsti';
import { percentAgreement } from './percent-agreement';

describe('holstiCoefficient', () => {
  it('is 2M/(N1 + N2): two coders with 50 decisions each who agree on 40 get 0.80', () => {
    // Holsti (1969), Content Analysis for the Social Sciences and Humanities, p. 140: CR = 2M / (N1 + N2).
    // By hand: 2 × 40 / (50 + 50) = 0.80.
    const first = Array.from({ length: 50 }, (_, unit) => (unit % 2 === 0 ? 'yes' : 'no'));
    const second = first.map((label, unit) => (unit < 10 ? (label === 'yes' ? 'no' : 'yes') : label));
    const result = holstiCoefficient(codedFromMatrix(['a', 'b'], [first, second]));
    expect(result.value).toBeCloseTo(0.8, 12);
    expect(result.agreements).toBe(40);
    expect(result.decisions).toEqual([50, 50]);
    expect(result.method).toBe('two-coders');
  });

  it('counts each coder’s own decisions, so a unit only one coder coded lowers CR', () => {
    // Coders A and B of Krippendorff (2011): A coded 9 units, B 11, and they agree on 8 of the 9 they share
    // (unit 6: 1 vs 2). By hand: 2 × 8 / (9 + 11) = 0.80, while percent agreement is 8/9 ≈ 0.889.
    const matrix = KRIPPENDORFF_2011_MATRIX.slice(0, 2);
    const ratings = codedFromMatrix(KRIPPENDORFF_2011_CODERS.slice(0, 2), matrix);
    expect(holstiCoefficient(ratings).value).toBeCloseTo(0.8, 12);
    expect(percentAgreement(ratings).value).toBeCloseTo(8 / 9, 12);
  });

  it('averages CR over coder pairs when there are more than two coders', () => {
    const ratings = codedFromMatrix(['a', 'b', 'c'], [['x', 'y'], ['x', 'y'], ['x', 'z']]);
    const result = holstiCoefficient(ratings);
    // Pairs: a–b 1, a–c 0.5, b–c 0.5 → mean 2/3.
    expect(result.method).toBe('pairwise-mean');
    expect(result.pairs?.map((pair) => pair.value)).toEqual([1, 0.5, 0.5]);
    expect(result.value).toBeCloseTo(2 / 3, 12);
  });

  it('equals percent agreement for two coders with complete data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 40 }),
        (pairs) => {
          const ratings = codedFromMatrix(['first', 'second'], [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
          expect(holstiCoefficient(ratings).value).toBeCloseTo(percentAgreement(ratings).value, 12);
        },
      ),
    );
  });
});
