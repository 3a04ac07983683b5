import { AgreementInputError } from './agreement-error';
import { resolveCategoryCount } from './brennan-prediger';
import type { CodedRatings } from './coded-ratings';
import type { CoderPairValue, PairingMethod } from './coder-pairs';
import { countPairableUnits, forEachCoderPair, meanOfDefined, pairCounts, pairNames } from './coder-pairs';

/** Rust & Cooil's (1994) minimum PRL for exploratory work; the Buy-in study reported 0.76. */
export const PRL_THRESHOLD = 0.7;

export interface ProportionalReductionInLossResult {
  /** null when k < 2 or no pair of coders shares a unit. */
  value: number | null;
  /** Two coders: units both coded. More coders: units with at least two codes. */
  n: number;
  k: number;
  /** 'two-coders' is Rust & Cooil's two-judge PRL; 'pairwise-mean' averages it over every pair of coders. */
  method: PairingMethod;
  threshold: number;
  /** value ≥ threshold. */
  meetsThreshold: boolean;
  /** Two coders only: the share of shared units they coded alike. */
  observedAgreement?: number;
  /** More than two coders: PRL for each pair. */
  pairs?: CoderPairValue[];
}

/**
 * Perreault & Leigh's reliability index for two judges choosing among k categories, with observed agreement P_o:
 *
 *   I_r = sqrt( (P_o − 1/k) · k/(k − 1) )   when P_o ≥ 1/k, else 0
 *
 * Source: Perreault, W. D. & Leigh, L. E. (1989), "Reliability of nominal data based on qualitative judgments",
 * Journal of Marketing Research 26(2), 135–148, eq. 3.
 */
export function perreaultLeighIndex(observedAgreement: number, k: number): number {
  if (!(observedAgreement >= 0 && observedAgreement <= 1)) {
    throw new AgreementInputError('INVALID_OPTION', `Observed agreement must be between 0 and 1; got ${observedAgreement}.`);
  }
  if (!Number.isInteger(k) || k < 2) {
    throw new AgreementInputError('INVALID_K', `k must be a whole number of categories, at least 2; got ${k}.`);
  }
  if (observedAgreement < 1 / k) return 0;
  return Math.sqrt(((observedAgreement - 1 / k) * k) / (k - 1));
}

/**
 * Proportional reduction in loss (PRL). For two judges Rust & Cooil's PRL equals Perreault & Leigh's I_r computed on
 * the units both coded (Rust, R. T. & Cooil, B. (1994), "Reliability measures for qualitative data: theory and
 * implications", Journal of Marketing Research 31(1), 1–14). For more judges this function reports the mean of the
 * pairwise two-judge values (`method: 'pairwise-mean'`), a simplification of Rust & Cooil's multi-judge PRL, and
 * flags the result against the 0.70 cut-off (or `threshold`). k defaults to the number of categories; see
 * resolveCategoryCount for the `k` option.
 */
export function proportionalReductionInLoss(
  ratings: CodedRatings,
  options: { k?: number; threshold?: number } = {},
): ProportionalReductionInLossResult {
  const k = resolveCategoryCount(ratings, options.k);
  const threshold = options.threshold ?? PRL_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new AgreementInputError('INVALID_OPTION', `The PRL threshold must be between 0 and 1; got ${threshold}.`);
  }
  const pairValue = (shared: number, agreements: number): number | null =>
    shared === 0 || k < 2 ? null : perreaultLeighIndex(agreements / shared, k);

  if (ratings.coderCount === 2) {
    const counts = pairCounts(ratings, 0, 1);
    const value = pairValue(counts.shared, counts.agreements);
    return {
      value,
      n: counts.shared,
      k,
      method: 'two-coders',
      threshold,
      meetsThreshold: value !== null && value >= threshold,
      observedAgreement: counts.shared === 0 ? 0 : counts.agreements / counts.shared,
    };
  }
  const pairs: CoderPairValue[] = [];
  forEachCoderPair(ratings, (coderA, coderB) => {
    const counts = pairCounts(ratings, coderA, coderB);
    const value = pairValue(counts.shared, counts.agreements);
    pairs.push({ coders: pairNames(ratings, coderA, coderB), value, n: counts.shared });
  });
  const value = meanOfDefined(pairs.map((pair) => pair.value));
  return {
    value,
    n: countPairableUnits(ratings),
    k,
    method: 'pairwise-mean',
    threshold,
    meetsThreshold: value !== null && value >= threshold,
    pairs,
  };
}
