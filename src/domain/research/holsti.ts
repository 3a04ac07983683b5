import type { CodedRatings } from './coded-ratings';
import type { CoderPairValue, PairingMethod } from './coder-pairs';
import { countPairableUnits, forEachCoderPair, meanOfDefined, pairCounts, pairNames } from './coder-pairs';

export interface HolstiResult {
  /** Holsti's CR, in [0, 1]; null if no coder pair has any coding decision. */
  value: number | null;
  /** Two coders: units both coded. More coders: units with at least two codes. */
  n: number;
  method: PairingMethod;
  /** Two coders only: M, N1 and N2 of the formula. */
  agreements?: number;
  decisions?: [number, number];
  /** More than two coders: CR for each pair. */
  pairs?: CoderPairValue[];
}

/**
 * Holsti's coefficient of reliability for two coders:
 *
 *   CR = 2M / (N1 + N2)
 *
 * where M is the number of coding decisions the coders agree on and N1, N2 are the numbers of decisions each coder
 * made. A unit one coder left uncoded still counts in the other coder's N, so with missing data CR is below percent
 * agreement; with complete data the two are equal. With more than two coders the result is the mean CR over all coder
 * pairs (`method: 'pairwise-mean'`). Source: Holsti, O. R. (1969), Content Analysis for the Social Sciences and
 * Humanities, Addison-Wesley, p. 140.
 */
export function holstiCoefficient(ratings: CodedRatings): HolstiResult {
  if (ratings.coderCount === 2) {
    const counts = pairCounts(ratings, 0, 1);
    const decisions = counts.codedByA + counts.codedByB;
    return {
      value: decisions === 0 ? null : (2 * counts.agreements) / decisions,
      n: counts.shared,
      method: 'two-coders',
      agreements: counts.agreements,
      decisions: [counts.codedByA, counts.codedByB],
    };
  }
  const pairs: CoderPairValue[] = [];
  forEachCoderPair(ratings, (coderA, coderB) => {
    const counts = pairCounts(ratings, coderA, coderB);
    const decisions = counts.codedByA + counts.codedByB;
    pairs.push({
      coders: pairNames(ratings, coderA, coderB),
      value: decisions === 0 ? null : (2 * counts.agreements) / decisions,
      n: counts.shared,
    });
  });
  return {
    value: meanOfDefined(pairs.map((pair) => pair.value)),
    n: countPairableUnits(ratings),
    method: 'pairwise-mean',
    pairs,
  };
}
