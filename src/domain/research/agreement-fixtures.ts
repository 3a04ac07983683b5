/**
 * Published reliability data sets used by the tests, and small builders that turn the forms papers print (contingency
 * tables, raters-per-category counts) into coder-by-unit data. Test support only; nothing in the product imports it.
 */
import type { AgreementData } from './agreement-data';
import { agreementDataFromMatrix } from './agreement-data';
import type { CodedRatings } from './coded-ratings';
import { codeRatings } from './coded-ratings';

const _ = null;

/**
 * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers (rows A–D) code
 * 12 units with values 1–5; 7 values are missing and unit 12 has a single value. The same data are irrCAC's
 * `cac.raw4raters` and the `nmm` example of R irr::kripp.alpha.
 */
export const KRIPPENDORFF_2011_CODERS = ['A', 'B', 'C', 'D'];
export const KRIPPENDORFF_2011_MATRIX: Array<Array<string | null>> = [
  ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
  ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
  [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
  ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
];

/**
 * Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5), Table 1:
 * 30 patients, each diagnosed by 6 psychiatrists into depression, personality disorder, schizophrenia, neurosis, other.
 * Cell (i, j) is the number of psychiatrists who put patient i in category j. (Transcribed as in the quadagree R
 * package's data_raw/fleiss1971.csv; the first 15 rows are irrCAC's `distrib.6raters`.)
 */
export const FLEISS_1971_CATEGORIES = ['depression', 'personality disorder', 'schizophrenia', 'neurosis', 'other'];
export const FLEISS_1971_COUNTS: number[][] = [
  [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
  [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
  [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
  [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
];

/** Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters each, 5 categories. */
export const WIKIPEDIA_FLEISS_COUNTS: number[][] = [
  [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
];

/** irrCAC's `cont3x3abstractors` (Gwet 2014): 100 cases classified by two abstractors (Ectopic, AIU, NIU). */
export const GWET_ABSTRACTORS_TABLE: number[][] = [
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
];

export function codedFromMatrix(
  coders: readonly string[],
  matrix: ReadonlyArray<ReadonlyArray<string | null>>,
  categories?: readonly string[],
): CodedRatings {
  return codeRatings(agreementDataFromMatrix(coders, matrix), categories);
}

/**
 * Two coders' data from a contingency table: table[i][j] units that coder "A" put in categories[i] and coder "B" in
 * categories[j].
 */
export function dataFromContingencyTable(
  table: ReadonlyArray<ReadonlyArray<number>>,
  categories: readonly string[],
): AgreementData {
  const units: Array<Array<string | null>> = [];
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      for (let unit = 0; unit < count; unit++) units.push([categories[i] ?? null, categories[j] ?? null]);
    });
  });
  return { coders: ['A', 'B'], units };
}

/**
 * Coder-by-unit data from raters-per-category counts. Which rater gave which rating is not recorded in such tables;
 * raters are filled in category order, which is immaterial for statistics that ignore rater identity (Fleiss,
 * percent agreement, Brennan–Prediger, Krippendorff).
 */
export function dataFromCategoryCounts(
  counts: ReadonlyArray<ReadonlyArray<number>>,
  categories: readonly string[],
): AgreementData {
  const raters = (counts[0] ?? []).reduce((sum, count) => sum + count, 0);
  const coders = Array.from({ length: raters }, (_unused, index) => `rater ${index + 1}`);
  const units = counts.map((row) =>
    row.flatMap((count, category) => Array<string | null>(count).fill(categories[category] ?? null)),
  );
  return { coders, units };
}
