import { AgreementInputError } from './agreement-error';
import type { CodedRatings } from './coded-ratings';
import { sumUnitAgreement } from './percent-agreement';

export interface BrennanPredigerResult {
  /** null when k < 2 (chance agreement 1/k would be 1). */
  value: number | null;
  /** Units with at least two codes. */
  n: number;
  /** Number of categories the coders could choose from. */
  k: number;
  observedAgreement: number;
  /** 1/k. */
  chanceAgreement: number;
}

/**
 * Brennan–Prediger's free-marginal kappa: chance agreement is 1/k, as if coders picked among the k available
 * categories uniformly, instead of being estimated from the coders' own marginals:
 *
 *   κ_BP = (P_o − 1/k) / (1 − 1/k)
 *
 * P_o is the mean pairwise agreement over units with at least two codes (see percentAgreement), which handles any
 * number of coders and missing codes as in Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., ch. 2.
 * Source: Brennan, R. L. & Prediger, D. J. (1981), "Coefficient kappa: some uses, misuses, and alternatives",
 * Educational and Psychological Measurement 41, 687–699.
 *
 * k defaults to the number of categories in `ratings` (the given category list, else the labels used). Pass `k` when
 * the coding scheme offered categories nobody used; it may not be smaller than the number of categories used.
 */
export function brennanPredigerKappa(ratings: CodedRatings, options: { k?: number } = {}): BrennanPredigerResult {
  const k = resolveCategoryCount(ratings, options.k);
  const { sum, units } = sumUnitAgreement(ratings);
  if (units === 0) {
    throw new AgreementInputError('NO_PAIRABLE_UNITS', 'No unit was coded by two or more coders.');
  }
  const observed = sum / units;
  const chance = 1 / k;
  return {
    value: k < 2 ? null : (observed - chance) / (1 - chance),
    n: units,
    k,
    observedAgreement: observed,
    chanceAgreement: chance,
  };
}

/**
 * The number of categories for free-marginal statistics: `requested` if given (a whole number ≥ 2, and not fewer
 * than the categories actually used), else the number of categories in `ratings`.
 */
export function resolveCategoryCount(ratings: CodedRatings, requested: number | undefined): number {
  if (requested === undefined) return ratings.categories.length;
  if (!Number.isInteger(requested) || requested < 2) {
    throw new AgreementInputError('INVALID_K', `k must be a whole number of categories, at least 2; got ${requested}.`);
  }
  const used = usedCategoryCount(ratings);
  if (requested < used) {
    throw new AgreementInputError(
      'INVALID_K',
      `k is ${requested}, but the coders used ${used} different categories; k must be at least ${used}.`,
    );
  }
  return requested;
}

function usedCategoryCount(ratings: CodedRatings): number {
  const used = new Uint8Array(ratings.categories.length);
  let count = 0;
  const { codes } = ratings;
  for (let cell = 0; cell < codes.length; cell++) {
    const code = codes[cell] as number;
    if (code >= 0 && used[code] === 0) {
      used[code] = 1;
      count++;
    }
  }
  return count;
}
