import fc from 'fast-check';
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
import { AgreementInputError } from './agreement-error';
import { codeRatings } from './coded-ratings';
import { fleissKappa, fleissKappaFromCounts } from './fleiss-kappa';

describe('fleissKappaFromCounts', () => {
  it('reproduces Fleiss (1971): κ = 0.430 for 30 patients diagnosed by 6 psychiatrists', () => {
    // Source: Fleiss (1971), Psychological Bulletin 76(5), Table 1 and the worked example on pp. 379–380:
    // P̄ = 0.556, P̄_e = 0.220, κ = (0.556 − 0.220)/(1 − 0.220) = 0.430.
    const result = fleissKappaFromCounts(FLEISS_1971_COUNTS);
    expect(result.value).toBeCloseTo(0.43, 3);
    expect(result.observedAgreement).toBeCloseTo(0.556, 3);
    expect(result.expectedAgreement).toBeCloseTo(0.22, 3);
    expect(result.n).toBe(30);
    expect(result.ratersPerUnit).toBe(6);
  });

  it('reproduces the Wikipedia example: κ ≈ 0.210 (P̄ = 0.378, P̄_e = 0.213)', () => {
    // Source: Wikipedia, "Fleiss' kappa", worked example with 10 subjects, 14 raters, 5 categories.
    const result = fleissKappaFromCounts(WIKIPEDIA_FLEISS_COUNTS);
    expect(result.value).toBeCloseTo(0.21, 3);
    expect(result.observedAgreement).toBeCloseTo(0.378, 3);
    expect(result.expectedAgreement).toBeCloseTo(0.213, 3);
  });

  it('matches irrCAC fleiss.kappa.dist on the first 15 patients of Fleiss (1971): 0.4139265', () => {
    // Source: irrCAC README, `fleiss.kappa.dist(distrib.6raters)`: coeff 0.4139265, pa 0.5511111, pe 0.2340741.
    const result = fleissKappaFromCounts(FLEISS_1971_COUNTS.slice(0, 15));
    expect(result.value).toBeCloseTo(0.4139265, 7);
    expect(result.observedAgreement).toBeCloseTo(0.5511111, 7);
    expect(result.expectedAgreement).toBeCloseTo(0.2340741, 7);
  });

  it('rejects units with different numbers of ratings', () => {
    expect(() => fleissKappaFromCounts([[2, 1], [1, 1]])).toThrow(AgreementInputError);
  });
});

describe('fleissKappa on coder-by-unit data', () => {
  it('gives the same κ from raw ratings as from the count table of Fleiss (1971)', () => {
    const data = dataFromCategoryCounts(FLEISS_1971_COUNTS, FLEISS_1971_CATEGORIES);
    expect(fleissKappa(codeRatings(data)).value).toBeCloseTo(0.430, 3);
  });

  it('equals Scott’s pi for two coders (irrCAC scott2.table on cont3x3abstractors: 0.7962397)', () => {
    // Source: irrCAC README; Fleiss (1971) introduced κ as the many-rater generalisation of Scott's pi.
    const data = dataFromContingencyTable(GWET_ABSTRACTORS_TABLE, ['Ectopic', 'AIU', 'NIU']);
    expect(fleissKappa(codeRatings(data)).value).toBeCloseTo(0.7962397, 7);
  });

  it('drops units with a missing rating and reports how many (Krippendorff’s data: 8 used, 4 dropped)', () => {
    // Units 2–9 are complete. By hand: P_i = .5, 1, 1, 1, 0, 1, .5, 1 → P̄ = 6/8 = 0.75; category totals
    // 4, 13, 10, 5 of 32 → P̄_e = (16 + 169 + 100 + 25)/1024 = 0.3027; κ = 0.4473/0.6973 = 0.6415.
    const result = fleissKappa(codedFromMatrix(KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX));
    expect(result.n).toBe(8);
    expect(result.droppedUnits).toBe(4);
    expect(result.observedAgreement).toBeCloseTo(0.75, 12);
    expect(result.expectedAgreement).toBeCloseTo(310 / 1024, 12);
    expect(result.value).toBeCloseTo((0.75 - 310 / 1024) / (1 - 310 / 1024), 12);
  });

  it('refuses data in which no unit was rated by every coder, pointing to Krippendorff’s alpha', () => {
    const ratings = codedFromMatrix(['a', 'b', 'c'], [['x', null], ['x', 'y'], [null, 'y']]);
    expect(() => fleissKappa(ratings)).toThrow(/Krippendorff's alpha/);
  });

  it('is 1 when every unit gets one category from all raters and at least two categories occur', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('p', 'q', 'r'), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 2, max: 6 }),
        (truths, raters) => {
          fc.pre(new Set(truths).size >= 2);
          const matrix = Array.from({ length: raters }, () => truths);
          const names = Array.from({ length: raters }, (_, index) => `r${index}`);
          expect(fleissKappa(codedFromMatrix(names, matrix)).value).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('never falls below −1/(n − 1) for n raters and never exceeds 1', () => {
    const counts = fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 4 }))
      .chain(([raters, k]) =>
        fc.array(
          fc.array(fc.nat({ max: k - 1 }), { minLength: raters, maxLength: raters }).map((choices) => {
            const row = Array<number>(k).fill(0);
            for (const choice of choices) row[choice] = (row[choice] as number) + 1;
            return row;
          }),
          { minLength: 1, maxLength: 20 },
        ),
      );
    fc.assert(
      fc.property(counts, (table) => {
        const result = fleissKappaFromCounts(table);
        if (result.value === null) return;
        expect(result.value).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.value).toBeGreaterThanOrEqual(-1 / (result.ratersPerUnit - 1) - 1e-12);
      }),
    );
  });
});
