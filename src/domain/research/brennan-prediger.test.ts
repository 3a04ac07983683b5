import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FLEISS_1971_CATEGORIES,
  FLEISS_1971_COUNTS,
  GWET_ABSTRACTORS_TABLE,
  KRIPPENDORFF_2011_CODERS,
  KRIPPENDORFF_2011_MATRIX,
  codedFromMatrix,
  dataFromCategoryCounts,
  dataFromContingencyTable,
} from './agreement-fixtures';
import { brennanPredigerKappa } from './brennan-prediger';
import { codeRatings } from './coded-ratings';

describe('brennanPredigerKappa', () => {
  it('matches irrCAC bp.coeff.raw on Krippendorff’s data with missing values (0.77273)', () => {
    // Source: irrCAC README, `bp.coeff.raw(cac.raw4raters)`: pa 0.8181818, pe 0.2, coeff 0.77273.
    // By hand: (9/11 − 1/5)/(1 − 1/5) = 0.772727.
    const result = brennanPredigerKappa(codedFromMatrix(KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX));
    expect(result.value).toBeCloseTo(0.77273, 5);
    expect(result.chanceAgreement).toBeCloseTo(0.2, 12);
    expect(result.k).toBe(5);
  });

  it('matches irrCAC bp.coeff.dist on the first 15 patients of Fleiss (1971) (0.4388889)', () => {
    // Source: irrCAC README, `bp.coeff.dist(distrib.6raters)`: pa 0.5511111, pe 0.2, coeff 0.4388889.
    const data = dataFromCategoryCounts(FLEISS_1971_COUNTS.slice(0, 15), FLEISS_1971_CATEGORIES);
    expect(brennanPredigerKappa(codeRatings(data)).value).toBeCloseTo(0.4388889, 7);
  });

  it('matches irrCAC bp2.table on cont3x3abstractors (0.835)', () => {
    // Source: irrCAC README: Brennan-Prediger 0.835 = (0.89 − 1/3)/(1 − 1/3).
    const data = dataFromContingencyTable(GWET_ABSTRACTORS_TABLE, ['Ectopic', 'AIU', 'NIU']);
    expect(brennanPredigerKappa(codeRatings(data)).value).toBeCloseTo(0.835, 12);
  });

  it('takes k from the caller when the scheme offered categories nobody used', () => {
    // (0.89 − 1/10)/(1 − 1/10) = 0.8778.
    const data = dataFromContingencyTable(GWET_ABSTRACTORS_TABLE, ['Ectopic', 'AIU', 'NIU']);
    const result = brennanPredigerKappa(codeRatings(data), { k: 10 });
    expect(result.k).toBe(10);
    expect(result.value).toBeCloseTo(0.79 / 0.9, 12);
  });

  it('rejects a k below the number of categories used, or one that is not a whole number ≥ 2', () => {
    const ratings = codedFromMatrix(['a', 'b'], [['x', 'y', 'z'], ['x', 'y', 'y']]);
    expect(() => brennanPredigerKappa(ratings, { k: 2 })).toThrow(/coders used 3 different categories/);
    expect(() => brennanPredigerKappa(ratings, { k: 3.5 })).toThrow(/whole number/);
    expect(() => brennanPredigerKappa(ratings, { k: 1 })).toThrow(/at least 2/);
  });

  it('is undefined (null) when only one category exists', () => {
    expect(brennanPredigerKappa(codedFromMatrix(['a', 'b'], [['x'], ['x']])).value).toBeNull();
  });

  it('lies between −1/(k − 1) and 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('a', 'b', 'c', 'd')), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 4, max: 8 }),
        (pairs, k) => {
          const ratings = codedFromMatrix(['one', 'two'], [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
          const value = brennanPredigerKappa(ratings, { k }).value as number;
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
          expect(value).toBeGreaterThanOrEqual(-1 / (k - 1) - 1e-12);
        },
      ),
    );
  });
});
