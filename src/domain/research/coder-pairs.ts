import type { CodedRatings } from './coded-ratings';
import { MISSING_CODE } from './coded-ratings';

/** A two-coder statistic computed for one pair of coders. (A type alias so it fits JSON-like detail records.) */
export type CoderPairValue = {
  coders: [string, string];
  /** null when the statistic is undefined for this pair (e.g. no unit coded by both). */
  value: number | null;
  /** Units both coders coded. */
  n: number;
};

/**
 * How a two-coder statistic was applied: directly when there are two coders, otherwise averaged over every pair of
 * coders (for Cohen's kappa this average is Light's (1971) kappa; for PRL it is the pairwise mean this project uses).
 */
export type PairingMethod = 'two-coders' | 'pairwise-mean';

/** Calls `visit` once for each unordered pair of coders (a < b). */
export function forEachCoderPair(ratings: CodedRatings, visit: (coderA: number, coderB: number) => void): void {
  for (let coderA = 0; coderA < ratings.coderCount; coderA++) {
    for (let coderB = coderA + 1; coderB < ratings.coderCount; coderB++) visit(coderA, coderB);
  }
}

/** Mean of the values that are defined; null when none is. */
export function meanOfDefined(values: ReadonlyArray<number | null>): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/** Units with at least two coded entries: the units any pairwise statistic can use. */
export function countPairableUnits(ratings: CodedRatings): number {
  const { codes, coderCount, unitCount } = ratings;
  let pairable = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    let coded = 0;
    const start = unit * coderCount;
    for (let cell = start; cell < start + coderCount; cell++) {
      if (codes[cell] !== MISSING_CODE && ++coded === 2) break;
    }
    if (coded >= 2) pairable++;
  }
  return pairable;
}

/**
 * Counts for one pair of coders: units both coded (`shared`), of those the ones they agree on (`agreements`), and how
 * many units each coded at all.
 */
export function pairCounts(
  ratings: CodedRatings,
  coderA: number,
  coderB: number,
): { shared: number; agreements: number; codedByA: number; codedByB: number } {
  const { codes, coderCount, unitCount } = ratings;
  let shared = 0;
  let agreements = 0;
  let codedByA = 0;
  let codedByB = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    const codeA = codes[unit * coderCount + coderA] as number;
    const codeB = codes[unit * coderCount + coderB] as number;
    if (codeA !== MISSING_CODE) codedByA++;
    if (codeB !== MISSING_CODE) codedByB++;
    if (codeA === MISSING_CODE || codeB === MISSING_CODE) continue;
    shared++;
    if (codeA === codeB) agreements++;
  }
  return { shared, agreements, codedByA, codedByB };
}

export function pairNames(ratings: CodedRatings, coderA: number, coderB: number): [string, string] {
  return [ratings.coders[coderA] as string, ratings.coders[coderB] as string];
}
