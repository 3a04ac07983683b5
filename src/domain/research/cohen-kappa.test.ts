import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GWET_ABSTRACTORS_TABLE, codedFromMatrix, dataFromContingencyTable } from './agreement-fixtures';
import { codeRatings } from './coded-ratings';
import { agreementWeight, cohenKappa, cohenKappaFromTable } from './cohen-kappa';

/** Raw two-coder ratings from a contingency table, so the tests go through the same path as real data. */
function kappaOfTable(table: number[][], weights: 'none' | 'linear' | 'quadratic' = 'none', categories?: string[]) {
  const labels = categories ?? table.map((_, index) => `c${index + 1}`);
  return cohenKappa(codeRatings(dataFromContingencyTable(table, labels), labels), weights);
}

describe('cohenKappa (unweighted)', () => {
  it('gives 0.40 for the Wikipedia example of 50 grant proposals', () => {
    // Source: Wikipedia, "Cohen's kappa", simple example: A and B say yes/yes 20, yes/no 5, no/yes 10, no/no 15.
    // p_o = 35/50 = 0.7; p_e = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.40.
    const result = kappaOfTable([[20, 5], [10, 15]], 'none', ['yes', 'no']);
    expect(result.value).toBeCloseTo(0.4, 12);
    expect(result.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(result.n).toBe(50);
  });

  it('gives 0.1304 and 0.2593 for Wikipedia’s two tables with the same 60% agreement', () => {
    // Source: Wikipedia, "Cohen's kappa", "Same percentages but different numbers".
    // [[45,15],[25,15]]: p_e = .6×.7 + .4×.3 = .54 → κ = .06/.46 = 0.1304.
    // [[25,35],[5,35]]:  p_e = .6×.3 + .4×.7 = .46 → κ = .14/.54 = 0.2593.
    expect(kappaOfTable([[45, 15], [25, 15]]).value).toBeCloseTo(0.1304, 4);
    expect(kappaOfTable([[25, 35], [5, 35]]).value).toBeCloseTo(0.2593, 4);
  });

  it('matches irrCAC kappa2.table on cont3x3abstractors (0.7964094)', () => {
    // Source: irrCAC README (Gwet 2014 data): Cohen's Kappa 0.7964094.
    expect(kappaOfTable(GWET_ABSTRACTORS_TABLE).value).toBeCloseTo(0.7964094, 7);
  });

  it('matches scikit-learn’s reference for Artstein & Poesio (2008), Table 4 (0.8013)', () => {
    // Source: scikit-learn sklearn/metrics/tests/test_classification.py, test_cohen_kappa ("Artstein and Poesio,
    // Table 4"): pairs (0,0)×46, (1,0)×6, (1,1)×32, (1,2)×6, (2,2)×10 → κ = 0.8013.
    expect(kappaOfTable([[46, 0, 0], [6, 32, 6], [0, 0, 10]]).value).toBeCloseTo(0.8013, 4);
  });
});

describe('cohenKappa (weighted)', () => {
  it('matches scikit-learn’s weighting reference: none 0.9315, linear 0.9412, quadratic 0.9541', () => {
    // Source: scikit-learn test_cohen_kappa, "Weighting example: none, linear, quadratic": pairs (0,0)×46,
    // (1,0)×4, (1,1)×40, (2,2)×10. Linear by hand: p_o = 1 − 4×0.5/100 = 0.98; p_e = Σ w_ij p_i. p_.j with
    // p_i. = (.46,.44,.10), p_.j = (.50,.40,.10) = 0.66 → κ_w = (0.98 − 0.66)/0.34 = 0.9412.
    const table = [[46, 0, 0], [4, 40, 0], [0, 0, 10]];
    expect(kappaOfTable(table, 'none').value).toBeCloseTo(0.9315, 4);
    expect(kappaOfTable(table, 'linear').value).toBeCloseTo(0.9412, 4);
    expect(kappaOfTable(table, 'quadratic').value).toBeCloseTo(0.9541, 4);
  });

  it('matches the SAS PROC FREQ agreement study of two dermatologists (κ = 0.3449, κ_w = 0.5082)', () => {
    // Source: SAS/STAT User's Guide, PROC FREQ, Getting Started, "Agreement Study", skin-condition table
    // (terrible, poor, marginal, clear); SAS's default weighted kappa uses Cicchetti–Allison weights, which with
    // equally spaced scores are the linear weights. By hand: n = 88, p_o = 45/88 = 0.5114,
    // p_e = (15×17 + 29×20 + 23×31 + 21×20)/88² = 1968/7744 = 0.2541 → κ = 0.3449.
    const table = [[10, 4, 1, 0], [5, 10, 12, 2], [2, 4, 12, 5], [0, 2, 6, 13]];
    const order = ['terrible', 'poor', 'marginal', 'clear'];
    expect(kappaOfTable(table, 'none', order).value).toBeCloseTo(0.3449, 4);
    expect(kappaOfTable(table, 'linear', order).value).toBeCloseTo(0.5082, 4);
  });

  it('matches R vcd’s Kappa(SexualFun): unweighted 0.1293, equal-spacing 0.2374', () => {
    // Source: R package vcd, ?Kappa example on SexualFun (Agresti: husbands' × wives' ratings, 4 ordered
    // categories); "Equal-Spacing" weights are 1 − |i − j|/(r − 1), i.e. linear. By hand (unweighted): n = 91,
    // p_o = 33/91 = 0.3626, p_e = (19×12 + 20×28 + 19×18 + 33×33)/91² = 2219/8281 = 0.2680 → κ = 0.1293.
    const table = [[7, 7, 2, 3], [2, 8, 3, 7], [1, 5, 4, 9], [2, 8, 9, 14]];
    expect(kappaOfTable(table, 'none').value).toBeCloseTo(0.1293, 4);
    expect(kappaOfTable(table, 'linear').value).toBeCloseTo(0.2374, 4);
  });

  it('orders numeric labels numerically for the weights', () => {
    // With labels 1, 2, 10 a text sort would put 10 between 1 and 2 and change the linear weights.
    const ratings = codedFromMatrix(['a', 'b'], [['1', '2', '10', '1', '10'], ['2', '2', '10', '1', '2']]);
    expect(ratings.categories).toEqual(['1', '2', '10']);
    const expected = cohenKappaFromTable([[1, 1, 0], [0, 1, 0], [0, 1, 1]], 'linear').value;
    expect(cohenKappa(ratings, 'linear').value).toBeCloseTo(expected as number, 12);
  });

  it('uses the given category order, including categories nobody used', () => {
    // An unused middle category stretches the scale: low–high becomes a two-step disagreement.
    const data = { coders: ['a', 'b'], units: [['low', 'low'], ['high', 'high'], ['low', 'high'], ['high', 'high']] };
    const withMiddle = cohenKappa(codeRatings(data, ['low', 'medium', 'high']), 'linear').value;
    const withoutMiddle = cohenKappa(codeRatings(data, ['low', 'high']), 'linear').value;
    expect(withMiddle).toBeCloseTo(cohenKappaFromTable([[1, 0, 1], [0, 0, 0], [0, 0, 2]], 'linear').value as number, 12);
    expect(withoutMiddle).toBeCloseTo(cohenKappaFromTable([[1, 1], [0, 2]], 'none').value as number, 12);
  });

  it('defines linear and quadratic agreement weights from the distance between categories', () => {
    expect(agreementWeight(0, 3, 4, 'linear')).toBeCloseTo(0, 12);
    expect(agreementWeight(0, 1, 4, 'linear')).toBeCloseTo(2 / 3, 12);
    expect(agreementWeight(0, 1, 4, 'quadratic')).toBeCloseTo(8 / 9, 12);
    expect(agreementWeight(2, 2, 4, 'none')).toBe(1);
    expect(agreementWeight(1, 2, 4, 'none')).toBe(0);
  });
});

describe('cohenKappa with missing data and many coders', () => {
  it('uses only the units both coders coded and reports how many it left out', () => {
    const ratings = codedFromMatrix(['a', 'b'], [['x', 'y', 'x', null], ['x', 'y', null, 'y']]);
    const result = cohenKappa(ratings);
    expect(result.n).toBe(2);
    expect(result.droppedUnits).toBe(2);
    expect(result.value).toBe(1);
  });

  it('is undefined (null) when both coders used a single, identical category', () => {
    expect(cohenKappa(codedFromMatrix(['a', 'b'], [['x', 'x'], ['x', 'x']])).value).toBeNull();
  });

  it('averages the pairwise kappas for more than two coders (Light’s kappa)', () => {
    // a–b agree fully (κ = 1); a–c and b–c share the table [[1,1],[0,2]] on x/y: p_o = .75, p_e = .5×.25 + .5×.75
    // = .5 → κ = .5. Light's kappa = (1 + .5 + .5)/3 = 2/3.
    const ratings = codedFromMatrix(['a', 'b', 'c'], [['x', 'x', 'y', 'y'], ['x', 'x', 'y', 'y'], ['x', 'y', 'y', 'y']]);
    const result = cohenKappa(ratings);
    expect(result.method).toBe('pairwise-mean');
    expect(result.pairs?.map((pair) => pair.value)).toEqual([1, 0.5, 0.5]);
    expect(result.value).toBeCloseTo(2 / 3, 12);
  });
});

describe('cohenKappaFromTable', () => {
  it('rejects a table that is not square', () => {
    expect(() => cohenKappaFromTable([[1, 2], [3]])).toThrow(/must be square/);
  });

  it('stays within [−1, 1] and is symmetric in the two coders', () => {
    const table = fc.integer({ min: 2, max: 4 }).chain((k) =>
      fc.array(fc.array(fc.nat({ max: 20 }), { minLength: k, maxLength: k }), { minLength: k, maxLength: k }),
    );
    fc.assert(
      fc.property(table, fc.constantFrom('none' as const, 'linear' as const, 'quadratic' as const), (counts, weights) => {
        fc.pre(counts.flat().some((count) => count > 0));
        const kappa = cohenKappaFromTable(counts, weights).value;
        const transposed = counts.map((row, i) => row.map((_, j) => (counts[j] as number[])[i] as number));
        const swapped = cohenKappaFromTable(transposed, weights).value;
        if (kappa === null) {
          expect(swapped).toBeNull();
          return;
        }
        expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
        expect(swapped).toBeCloseTo(kappa, 10);
      }),
    );
  });
});
