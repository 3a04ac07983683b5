import { describe, expect, it } from 'vitest';
import {
  FLEISS_1971_CATEGORIES,
  FLEISS_1971_COUNTS,
  GWET_ABSTRACTORS_TABLE,
  KRIPPENDORFF_2011_CODERS,
  KRIPPENDORFF_2011_MATRIX,
  WIKIPEDIA_FLEISS_COUNTS,
  codedFromMatrix,
  dataFromCategoryCounts,
  dataFromContingencyTable,
} from './agreement-fixtures';
import { codeRatings } from './coded-ratings';
import { percentAgreement } from './percent-agreement';

describe('percentAgreement', () => {
  it('matches irrCAC pa.coeff.raw on Krippendorff’s 4-coder data with missing values (pa = 0.8181818)', () => {
    // Source: irrCAC README (Gwet), `pa.coeff.raw(cac.raw4raters)` → 0.8181818. By hand: 11 units have ≥ 2 values;
    // units 2 (2,2,3,2) and 8 (1,1,2,1) agree on 3 of 6 pairs, unit 6 (1,2,3,4) on none, the rest fully:
    // (8 × 1 + 2 × 0.5 + 0) / 11 = 9/11.
    const result = percentAgreement(codedFromMatrix(KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX));
    expect(result.value).toBeCloseTo(9 / 11, 12);
    expect(result.value).toBeCloseTo(0.8181818, 7);
    expect(result.n).toBe(11);
    expect(result.droppedUnits).toBe(1);
  });

  it('matches the mean agreement P̄ = 0.378 of the Wikipedia Fleiss example', () => {
    // Source: Wikipedia, "Fleiss' kappa", worked example (10 subjects × 14 raters): P̄ = 0.378.
    const data = dataFromCategoryCounts(WIKIPEDIA_FLEISS_COUNTS, ['1', '2', '3', '4', '5']);
    expect(percentAgreement(codeRatings(data)).value).toBeCloseTo(0.378, 3);
  });

  it('matches irrCAC for the first 15 patients of Fleiss (1971) (pa = 0.5511111)', () => {
    // Source: irrCAC README, `fleiss.kappa.dist(distrib.6raters)`: pa = 0.5511111.
    const data = dataFromCategoryCounts(FLEISS_1971_COUNTS.slice(0, 15), FLEISS_1971_CATEGORIES);
    expect(percentAgreement(codeRatings(data)).value).toBeCloseTo(0.5511111, 7);
  });

  it('is the share of units coded alike for two coders (irrCAC pa2.table: 0.89)', () => {
    // Source: irrCAC README, `pa2.table(cont3x3abstractors)` → 0.89 = (13 + 20 + 56) / 100.
    const data = dataFromContingencyTable(GWET_ABSTRACTORS_TABLE, ['Ectopic', 'AIU', 'NIU']);
    expect(percentAgreement(codeRatings(data)).value).toBeCloseTo(0.89, 12);
  });

  it('leaves out units with fewer than two codes', () => {
    const ratings = codedFromMatrix(['a', 'b'], [['x', 'y', 'x'], ['x', 'y', null]]);
    const result = percentAgreement(ratings);
    expect(result.value).toBe(1);
    expect(result.n).toBe(2);
    expect(result.droppedUnits).toBe(1);
  });
});
