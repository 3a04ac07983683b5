import { AgreementInputError } from './agreement-error';
import type { CodedRatings } from './coded-ratings';
import { MISSING_CODE } from './coded-ratings';
import type { CoderPairValue, PairingMethod } from './coder-pairs';
import { countPairableUnits, forEachCoderPair, meanOfDefined, pairNames } from './coder-pairs';

export const KAPPA_WEIGHTS = ['none', 'linear', 'quadratic'] as const;
export type KappaWeights = (typeof KAPPA_WEIGHTS)[number];

export interface KappaFromTable {
  /** null when the expected agreement is 1 (both coders used one and the same category only). */
  value: number | null;
  observedAgreement: number;
  expectedAgreement: number;
  n: number;
}

export interface CohenKappaResult {
  /** Two coders: kappa. More coders: the mean of the defined pairwise kappas (Light's kappa). */
  value: number | null;
  /** Two coders: units both coded. More coders: units with at least two codes. */
  n: number;
  weights: KappaWeights;
  method: PairingMethod;
  /** Two coders only. */
  observedAgreement?: number;
  expectedAgreement?: number;
  /** Two coders only: units not coded by both, left out (pairwise deletion). */
  droppedUnits?: number;
  /** More than two coders: kappa for each pair. */
  pairs?: CoderPairValue[];
}

/**
 * The agreement weight of categories i and j (0-based positions in the category order) on a k-category scale:
 * none: 1 if i = j else 0; linear: 1 − |i − j|/(k − 1); quadratic: 1 − (i − j)²/(k − 1)².
 * Source: Cohen (1968); linear = Cicchetti & Allison (1971), quadratic = Fleiss & Cohen (1973).
 */
export function agreementWeight(i: number, j: number, k: number, weights: KappaWeights): number {
  if (i === j) return 1;
  if (weights === 'none' || k < 2) return 0;
  const distance = Math.abs(i - j) / (k - 1);
  return weights === 'linear' ? 1 - distance : 1 - distance * distance;
}

/**
 * Cohen's kappa, unweighted or weighted, from a k × k contingency table (rows: coder A's category, columns: coder
 * B's, both in the category order):
 *
 *   p_o = Σ_ij w_ij p_ij,   p_e = Σ_ij w_ij p_i. p_.j,   κ_w = (p_o − p_e) / (1 − p_e)
 *
 * With w = identity this is Cohen's (1960) kappa. Sources: Cohen, J. (1960), "A coefficient of agreement for nominal
 * scales", Educational and Psychological Measurement 20, 37–46; Cohen, J. (1968), "Weighted kappa", Psychological
 * Bulletin 70(4), 213–220.
 */
export function cohenKappaFromTable(
  table: ReadonlyArray<ReadonlyArray<number>>,
  weights: KappaWeights = 'none',
): KappaFromTable {
  const k = table.length;
  const flat = new Float64Array(k * k);
  table.forEach((row, i) => {
    if (row.length !== k) {
      throw new AgreementInputError(
        'INVALID_COUNTS',
        `The contingency table must be square; row ${i + 1} has ${row.length} cells, not ${k}.`,
      );
    }
    row.forEach((count, j) => {
      if (!Number.isFinite(count) || count < 0) {
        throw new AgreementInputError('INVALID_COUNTS', `Cell (${i + 1}, ${j + 1}) of the table is not a count.`);
      }
      flat[i * k + j] = count;
    });
  });
  return kappaFromFlatTable(flat, k, weights);
}

/**
 * Cohen's kappa over the units both coders coded (pairwise deletion; `droppedUnits` says how many were left out).
 * With more than two coders: Light's kappa, the mean of Cohen's kappa over all coder pairs (Light, R. J. (1971),
 * "Measures of response agreement for qualitative data", Psychological Bulletin 76(5), 365–377), with each pair's
 * value in `pairs`. Weighted kappa uses the order of `ratings.categories`.
 */
export function cohenKappa(ratings: CodedRatings, weights: KappaWeights = 'none'): CohenKappaResult {
  if (ratings.coderCount === 2) {
    const { table, shared } = crossTable(ratings, 0, 1);
    const kappa = kappaFromFlatTable(table, ratings.categories.length, weights);
    return {
      value: kappa.value,
      n: shared,
      weights,
      method: 'two-coders',
      observedAgreement: kappa.observedAgreement,
      expectedAgreement: kappa.expectedAgreement,
      droppedUnits: ratings.unitCount - shared,
    };
  }
  const pairs: CoderPairValue[] = [];
  forEachCoderPair(ratings, (coderA, coderB) => {
    const { table, shared } = crossTable(ratings, coderA, coderB);
    const value = shared === 0 ? null : kappaFromFlatTable(table, ratings.categories.length, weights).value;
    pairs.push({ coders: pairNames(ratings, coderA, coderB), value, n: shared });
  });
  return {
    value: meanOfDefined(pairs.map((pair) => pair.value)),
    n: countPairableUnits(ratings),
    weights,
    method: 'pairwise-mean',
    pairs,
  };
}

function crossTable(ratings: CodedRatings, coderA: number, coderB: number): { table: Float64Array; shared: number } {
  const { codes, coderCount, unitCount } = ratings;
  const k = ratings.categories.length;
  const table = new Float64Array(k * k);
  let shared = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    const codeA = codes[unit * coderCount + coderA] as number;
    const codeB = codes[unit * coderCount + coderB] as number;
    if (codeA === MISSING_CODE || codeB === MISSING_CODE) continue;
    table[codeA * k + codeB] = (table[codeA * k + codeB] as number) + 1;
    shared++;
  }
  return { table, shared };
}

function kappaFromFlatTable(table: Float64Array, k: number, weights: KappaWeights): KappaFromTable {
  const rowTotals = new Float64Array(k);
  const columnTotals = new Float64Array(k);
  let n = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const count = table[i * k + j] as number;
      rowTotals[i] = (rowTotals[i] as number) + count;
      columnTotals[j] = (columnTotals[j] as number) + count;
      n += count;
    }
  }
  if (n === 0) {
    throw new AgreementInputError(
      'NO_PAIRABLE_UNITS',
      'The two coders have no unit in common, so kappa cannot be computed.',
    );
  }
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    const rowShare = (rowTotals[i] as number) / n;
    if (rowShare === 0) continue;
    for (let j = 0; j < k; j++) {
      const weight = agreementWeight(i, j, k, weights);
      if (weight === 0) continue;
      observed += (weight * (table[i * k + j] as number)) / n;
      expected += (weight * rowShare * (columnTotals[j] as number)) / n;
    }
  }
  // Rounding can leave expected a hair below 1 when it is exactly 1 in theory (one category only).
  const value = 1 - expected < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { value, observedAgreement: observed, expectedAgreement: expected, n };
}
