import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GWET_ABSTRACTORS_TABLE,
  KRIPPENDORFF_2011_CODERS,
  KRIPPENDORFF_2011_MATRIX,
  codedFromMatrix,
  dataFromContingencyTable,
} from './agreement-fixtures';
import { codeRatings } from './coded-ratings';
import { coincidenceMatrix, krippendorffAlpha } from './krippendorff-alpha';

const reliabilityData = () => codedFromMatrix(KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX);

describe('krippendorffAlpha on Krippendorff (2011), 4 observers × 12 units with missing values', () => {
  // Source: Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", sections C–F; the same data are
  // the `nmm` example of R irr::kripp.alpha and irrCAC's cac.raw4raters (krippen.alpha.raw → 0.74342).
  it('gives nominal alpha = 0.743', () => {
    // By hand: n = 40 pairable values, observed disagreement D_o = 8/40 = 0.2 (off-diagonal coincidences sum to 8),
    // D_e = (40² − (9² + 13² + 10² + 5² + 3²))/(40 × 39) = 1216/1560 = 0.7795; α = 1 − 0.2/0.7795 = 0.7434.
    const result = krippendorffAlpha(reliabilityData(), 'nominal');
    expect(result.value).toBeCloseTo(0.743, 3);
    expect(result.value).toBeCloseTo(0.74342, 5);
    expect(result.observedDisagreement).toBeCloseTo(0.2, 12);
    expect(result.expectedDisagreement).toBeCloseTo(1216 / 1560, 12);
    expect(result.n).toBe(11);
    expect(result.pairableValues).toBe(40);
    expect(result.droppedUnits).toBe(1);
  });

  it('gives ordinal alpha = 0.815', () => {
    expect(krippendorffAlpha(reliabilityData(), 'ordinal').value).toBeCloseTo(0.815, 3);
  });

  it('gives interval alpha = 0.849', () => {
    expect(krippendorffAlpha(reliabilityData(), 'interval').value).toBeCloseTo(0.849, 3);
  });

  it('gives ratio alpha = 0.797', () => {
    expect(krippendorffAlpha(reliabilityData(), 'ratio').value).toBeCloseTo(0.797, 3);
  });

  it('builds the coincidence matrix of the paper (n_1..n_5 = 9, 13, 10, 5, 3; n = 40)', () => {
    // By hand, unit 1 (three 1s, m_u = 3) adds 3 × 2/(3 − 1) = 3 to o_11; unit 6 (1, 2, 3, 4) adds 1/3 to each
    // off-diagonal cell among 1–4; unit 12 has one value and adds nothing.
    const { matrix, valueCounts, total } = coincidenceMatrix(reliabilityData());
    expect(matrix[0]?.[0]).toBeCloseTo(7, 12);
    expect(matrix[0]?.[1]).toBeCloseTo(4 / 3, 12);
    expect(matrix[1]?.[1]).toBeCloseTo(10, 12);
    expect(matrix[2]?.[2]).toBeCloseTo(8, 12);
    expect(matrix[4]?.[4]).toBeCloseTo(3, 12);
    valueCounts.forEach((count, index) => expect(count).toBeCloseTo([9, 13, 10, 5, 3][index] as number, 12));
    expect(total).toBeCloseTo(40, 12);
  });
});

describe('krippendorffAlpha, other references and rules', () => {
  it('gives alpha = 0.095 for Krippendorff’s (2011) binary data of two observers and ten units (section A)', () => {
    // Source: Krippendorff (2011), section A. By hand: coincidences o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n = 20,
    // n_0 = 14, n_1 = 6; α = 1 − (20 − 1) × 4 / (14 × 6) = 1 − 76/84 = 0.095.
    const ratings = codedFromMatrix(['A', 'B'], [
      ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
      ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
    ]);
    expect(krippendorffAlpha(ratings).value).toBeCloseTo(1 - 76 / 84, 12);
    expect(krippendorffAlpha(ratings).value).toBeCloseTo(0.095, 3);
  });

  it('matches irrCAC krippen2.table on cont3x3abstractors (0.7972585)', () => {
    const data = dataFromContingencyTable(GWET_ABSTRACTORS_TABLE, ['Ectopic', 'AIU', 'NIU']);
    expect(krippendorffAlpha(codeRatings(data)).value).toBeCloseTo(0.7972585, 7);
  });

  it('uses the given category order at the ordinal level', () => {
    // Reversing the order gives the same ordinal alpha (the metric depends on distances along the order), while a
    // scrambled order changes it; nominal alpha ignores order altogether.
    const data = { coders: ['a', 'b'], units: [['lo', 'mid'], ['mid', 'hi'], ['lo', 'lo'], ['hi', 'hi'], ['lo', 'hi']] };
    const natural = krippendorffAlpha(codeRatings(data, ['lo', 'mid', 'hi']), 'ordinal').value as number;
    const reversed = krippendorffAlpha(codeRatings(data, ['hi', 'mid', 'lo']), 'ordinal').value as number;
    const scrambled = krippendorffAlpha(codeRatings(data, ['mid', 'lo', 'hi']), 'ordinal').value as number;
    expect(reversed).toBeCloseTo(natural, 12);
    expect(scrambled).not.toBeCloseTo(natural, 3);
    expect(krippendorffAlpha(codeRatings(data, ['mid', 'lo', 'hi'])).value).toBeCloseTo(
      krippendorffAlpha(codeRatings(data, ['lo', 'mid', 'hi'])).value as number,
      12,
    );
  });

  it('refuses interval and ratio levels for text labels, and ratio for negative values', () => {
    const text = codedFromMatrix(['a', 'b'], [['x', 'y'], ['x', 'x']]);
    expect(() => krippendorffAlpha(text, 'interval')).toThrow(/needs numeric codes, but "x" is not a number/);
    const negative = codedFromMatrix(['a', 'b'], [['-1', '2'], ['-1', '2']]);
    expect(() => krippendorffAlpha(negative, 'ratio')).toThrow(/negative/);
    expect(krippendorffAlpha(negative, 'interval').value).toBeCloseTo(1, 12);
  });

  it('is undefined (null) when every pairable value is the same', () => {
    expect(krippendorffAlpha(codedFromMatrix(['a', 'b'], [['x', 'x'], ['x', 'x']])).value).toBeNull();
  });

  it('does not change at the interval level when the numeric codes are shifted and scaled', () => {
    const code = fc.option(fc.integer({ min: 0, max: 6 }));
    const units = fc.array(fc.tuple(code, code, code), { minLength: 2, maxLength: 25 });
    const alphaOf = (rows: Array<[number | null, number | null, number | null]>, transform: (value: number) => number) => {
      const matrix = [0, 1, 2].map((coder) => rows.map((row) => (row[coder] === null ? null : String(transform(row[coder] as number)))));
      return krippendorffAlpha(codedFromMatrix(['a', 'b', 'c'], matrix), 'interval').value;
    };
    fc.assert(
      fc.property(units, fc.integer({ min: 1, max: 9 }), fc.integer({ min: -50, max: 50 }), (rows, scale, shift) => {
        fc.pre(rows.some((row) => row.filter((value) => value !== null).length >= 2));
        const original = alphaOf(rows, (value) => value);
        const transformed = alphaOf(rows, (value) => value * scale + shift);
        if (original === null) expect(transformed).toBeNull();
        else expect(transformed).toBeCloseTo(original, 9);
      }),
    );
  });
});
