import { AgreementInputError } from './agreement-error';
import type { CodedRatings } from './coded-ratings';
import { MISSING_CODE } from './coded-ratings';

export interface FleissKappaResult {
  /** null when the expected agreement is 1 (every rating in one category). */
  value: number | null;
  /** Units used: those rated by every coder. */
  n: number;
  /** Ratings per unit (the number of coders). */
  ratersPerUnit: number;
  /** P̄, the mean agreement over units. */
  observedAgreement: number;
  /** P̄_e = Σ_j p_j². */
  expectedAgreement: number;
  /** Units left out because at least one coder did not rate them. */
  droppedUnits: number;
}

/**
 * Fleiss' kappa for N units each rated by the same number n of raters (not necessarily the same raters) into k
 * categories, from the counts n_ij (raters who put unit i in category j):
 *
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1)),   P̄ = (1/N) Σ_i P_i
 *   p_j = Σ_i n_ij / (N n),                P̄_e = Σ_j p_j²
 *   κ = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * Source: Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5),
 * 378–382, eq. 2–7. Every row must hold the same total n ≥ 2.
 */
export function fleissKappaFromCounts(counts: ReadonlyArray<ReadonlyArray<number>>): FleissKappaResult {
  const firstRow = counts[0];
  if (firstRow === undefined) {
    throw new AgreementInputError('NO_UNITS', "Fleiss' kappa needs at least one unit.");
  }
  const k = firstRow.length;
  const raters = firstRow.reduce((sum, count) => sum + count, 0);
  const flat = new Float64Array(counts.length * k);
  counts.forEach((row, unit) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    if (row.length !== k || total !== raters || row.some((count) => !Number.isInteger(count) || count < 0)) {
      throw new AgreementInputError(
        'INVALID_COUNTS',
        `Unit ${unit + 1} must have ${k} non-negative whole counts adding up to ${raters}, like the first unit.`,
      );
    }
    row.forEach((count, category) => {
      flat[unit * k + category] = count;
    });
  });
  return fleissFromFlatCounts(flat, counts.length, k, raters, 0);
}

/**
 * Fleiss' kappa over the units every coder rated. Fleiss' formula needs the same number of ratings per unit, so units
 * with a missing rating are dropped (listwise deletion, as in R's irr::kappam.fleiss) and counted in `droppedUnits`;
 * Krippendorff's alpha is the statistic to use when the missing ratings matter.
 */
export function fleissKappa(ratings: CodedRatings): FleissKappaResult {
  const { codes, coderCount, unitCount } = ratings;
  const k = ratings.categories.length;
  const counts = new Float64Array(unitCount * k);
  let complete = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    const start = unit * coderCount;
    let isComplete = true;
    for (let cell = start; cell < start + coderCount; cell++) {
      if (codes[cell] === MISSING_CODE) {
        isComplete = false;
        break;
      }
    }
    if (!isComplete) continue;
    const row = complete * k;
    for (let cell = start; cell < start + coderCount; cell++) {
      const code = codes[cell] as number;
      counts[row + code] = (counts[row + code] as number) + 1;
    }
    complete++;
  }
  if (complete === 0) {
    throw new AgreementInputError(
      'NO_COMPLETE_UNITS',
      `Fleiss' kappa needs units rated by all ${coderCount} coders, and none of the ${unitCount} units is; ` +
        "use Krippendorff's alpha, which handles missing ratings.",
    );
  }
  return fleissFromFlatCounts(counts, complete, k, coderCount, unitCount - complete);
}

function fleissFromFlatCounts(
  counts: Float64Array,
  units: number,
  k: number,
  raters: number,
  droppedUnits: number,
): FleissKappaResult {
  if (raters < 2) {
    throw new AgreementInputError('INVALID_COUNTS', "Fleiss' kappa needs at least two ratings per unit.");
  }
  const categoryTotals = new Float64Array(k);
  let agreementSum = 0;
  for (let unit = 0; unit < units; unit++) {
    let squares = 0;
    for (let category = 0; category < k; category++) {
      const count = counts[unit * k + category] as number;
      squares += count * count;
      categoryTotals[category] = (categoryTotals[category] as number) + count;
    }
    agreementSum += (squares - raters) / (raters * (raters - 1));
  }
  const observed = agreementSum / units;
  let expected = 0;
  for (let category = 0; category < k; category++) {
    const share = (categoryTotals[category] as number) / (units * raters);
    expected += share * share;
  }
  const value = 1 - expected < 1e-12 ? null : (observed - expected) / (1 - expected);
  return {
    value,
    n: units,
    ratersPerUnit: raters,
    observedAgreement: observed,
    expectedAgreement: expected,
    droppedUnits,
  };
}
