import { AgreementInputError } from './agreement-error';
import { parseNumericLabel } from './category-order';
import type { CodedRatings } from './coded-ratings';
import { MISSING_CODE } from './coded-ratings';

export const MEASUREMENT_LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

export interface KrippendorffAlphaResult {
  /** null when the expected disagreement is 0 (every pairable value is the same). */
  value: number | null;
  level: MeasurementLevel;
  /** Pairable units: units with at least two values. */
  n: number;
  /** n.. — the number of pairable values (the total of the coincidence matrix). */
  pairableValues: number;
  observedDisagreement: number;
  expectedDisagreement: number;
  /** Units with fewer than two values, which cannot be paired and are left out. */
  droppedUnits: number;
}

/**
 * Krippendorff's alpha by the coincidence-matrix method, for any number of coders and missing values:
 *
 *   o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1)    over units with m_u ≥ 2 values
 *   n_c = Σ_k o_ck,   n = Σ_c n_c
 *   α = 1 − D_o / D_e = 1 − (n − 1) Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
 *
 * with the difference functions
 *   nominal  δ² = 0 if c = k else 1
 *   ordinal  δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²   (g runs over the categories from c to k in their order)
 *   interval δ² = (c − k)²
 *   ratio    δ² = ((c − k)/(c + k))²
 *
 * Source: Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication,
 * University of Pennsylvania, sections C–F; also Krippendorff, K. (2004), Content Analysis, 2nd ed., ch. 11.
 * Ordinal uses the order of `ratings.categories`; interval and ratio need numeric labels (ratio: not negative).
 * Cost: O(units × coders²) plus O(k²) over the distinct values used, for ordinal and ratio.
 */
export function krippendorffAlpha(ratings: CodedRatings, level: MeasurementLevel = 'nominal'): KrippendorffAlphaResult {
  const values = level === 'interval' || level === 'ratio' ? numericValues(ratings, level) : null;
  const { valueCounts, pairableUnits } = pairableValueCounts(ratings);
  const k = ratings.categories.length;
  let total = 0;
  for (let category = 0; category < k; category++) total += valueCounts[category] as number;

  const difference = squaredDifference(level, valueCounts, values);
  const { codes, coderCount, unitCount } = ratings;
  let observedSum = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    const start = unit * coderCount;
    let coded = 0;
    let unitSum = 0;
    for (let first = start; first < start + coderCount; first++) {
      const codeA = codes[first] as number;
      if (codeA === MISSING_CODE) continue;
      coded++;
      for (let second = first + 1; second < start + coderCount; second++) {
        const codeB = codes[second] as number;
        if (codeB !== MISSING_CODE && codeB !== codeA) unitSum += difference(codeA, codeB);
      }
    }
    // Each unordered pair stands for two ordered pairs (c,k) and (k,c) of the coincidence matrix.
    if (coded >= 2) observedSum += (2 * unitSum) / (coded - 1);
  }

  const expectedSum = expectedDisagreementSum(level, valueCounts, values, total, difference);
  const observedDisagreement = observedSum / total;
  const expectedDisagreement = expectedSum / (total * (total - 1));
  return {
    value: expectedSum <= 0 ? null : 1 - ((total - 1) * observedSum) / expectedSum,
    level,
    n: pairableUnits,
    pairableValues: total,
    observedDisagreement,
    expectedDisagreement,
    droppedUnits: unitCount - pairableUnits,
  };
}

/**
 * The coincidence matrix o_ck (rows and columns in the order of `ratings.categories`) and its margins n_c.
 * For display and checking; krippendorffAlpha does not need the k × k matrix.
 */
export function coincidenceMatrix(ratings: CodedRatings): { matrix: number[][]; valueCounts: number[]; total: number } {
  const k = ratings.categories.length;
  const matrix = new Float64Array(k * k);
  const { codes, coderCount, unitCount } = ratings;
  for (let unit = 0; unit < unitCount; unit++) {
    const start = unit * coderCount;
    let coded = 0;
    for (let cell = start; cell < start + coderCount; cell++) if (codes[cell] !== MISSING_CODE) coded++;
    if (coded < 2) continue;
    for (let first = start; first < start + coderCount; first++) {
      const codeA = codes[first] as number;
      if (codeA === MISSING_CODE) continue;
      for (let second = start; second < start + coderCount; second++) {
        const codeB = codes[second] as number;
        if (second === first || codeB === MISSING_CODE) continue;
        matrix[codeA * k + codeB] = (matrix[codeA * k + codeB] as number) + 1 / (coded - 1);
      }
    }
  }
  const rows = Array.from({ length: k }, (_, row) => Array.from(matrix.subarray(row * k, row * k + k)));
  const valueCounts = rows.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  return { matrix: rows, valueCounts, total: valueCounts.reduce((sum, count) => sum + count, 0) };
}

function pairableValueCounts(ratings: CodedRatings): { valueCounts: Float64Array; pairableUnits: number } {
  const { codes, coderCount, unitCount } = ratings;
  const valueCounts = new Float64Array(ratings.categories.length);
  let pairableUnits = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    const start = unit * coderCount;
    let coded = 0;
    for (let cell = start; cell < start + coderCount; cell++) if (codes[cell] !== MISSING_CODE) coded++;
    if (coded < 2) continue;
    pairableUnits++;
    for (let cell = start; cell < start + coderCount; cell++) {
      const code = codes[cell] as number;
      if (code !== MISSING_CODE) valueCounts[code] = (valueCounts[code] as number) + 1;
    }
  }
  if (pairableUnits === 0) {
    throw new AgreementInputError('NO_PAIRABLE_UNITS', 'No unit has two or more values, so alpha cannot be computed.');
  }
  return { valueCounts, pairableUnits };
}

function numericValues(ratings: CodedRatings, level: 'interval' | 'ratio'): Float64Array {
  const values = new Float64Array(ratings.categories.length);
  ratings.categories.forEach((label, code) => {
    const value = parseNumericLabel(label);
    if (value === null) {
      throw new AgreementInputError(
        'NON_NUMERIC_LABEL',
        `The ${level} level needs numeric codes, but "${label}" is not a number; use the nominal or ordinal level.`,
      );
    }
    if (level === 'ratio' && value < 0) {
      throw new AgreementInputError(
        'NEGATIVE_RATIO_VALUE',
        `The ratio level needs values of zero or more, but "${label}" is negative; use the interval level.`,
      );
    }
    values[code] = value;
  });
  return values;
}

/** δ²(c, k) for two different category codes. */
function squaredDifference(
  level: MeasurementLevel,
  valueCounts: Float64Array,
  values: Float64Array | null,
): (codeA: number, codeB: number) => number {
  switch (level) {
    case 'nominal':
      return () => 1;
    case 'ordinal': {
      // cumulative[g] = n_0 + … + n_{g−1}, so Σ_{g=c..k} n_g = cumulative[k + 1] − cumulative[c] for c ≤ k.
      const cumulative = new Float64Array(valueCounts.length + 1);
      valueCounts.forEach((count, category) => {
        cumulative[category + 1] = (cumulative[category] as number) + count;
      });
      return (codeA, codeB) => {
        const low = Math.min(codeA, codeB);
        const high = Math.max(codeA, codeB);
        const between = (cumulative[high + 1] as number) - (cumulative[low] as number);
        const distance = between - ((valueCounts[low] as number) + (valueCounts[high] as number)) / 2;
        return distance * distance;
      };
    }
    case 'interval': {
      const numbers = values as Float64Array;
      return (codeA, codeB) => {
        const distance = (numbers[codeA] as number) - (numbers[codeB] as number);
        return distance * distance;
      };
    }
    case 'ratio': {
      const numbers = values as Float64Array;
      return (codeA, codeB) => {
        const a = numbers[codeA] as number;
        const b = numbers[codeB] as number;
        if (a + b === 0) return 0;
        const ratio = (a - b) / (a + b);
        return ratio * ratio;
      };
    }
  }
}

/** Σ_c Σ_k n_c n_k δ²_ck: closed forms for nominal and interval, a loop over the used values otherwise. */
function expectedDisagreementSum(
  level: MeasurementLevel,
  valueCounts: Float64Array,
  values: Float64Array | null,
  total: number,
  difference: (codeA: number, codeB: number) => number,
): number {
  if (level === 'nominal') {
    let squares = 0;
    for (const count of valueCounts) squares += count * count;
    return total * total - squares;
  }
  if (level === 'interval') {
    // Σ_ck n_c n_k (x_c − x_k)² = 2n Σ_c n_c (x_c − mean)²; centring first avoids cancellation for large values.
    const numbers = values as Float64Array;
    let weighted = 0;
    valueCounts.forEach((count, code) => {
      weighted += count * (numbers[code] as number);
    });
    const mean = weighted / total;
    let spread = 0;
    valueCounts.forEach((count, code) => {
      const deviation = (numbers[code] as number) - mean;
      spread += count * deviation * deviation;
    });
    return 2 * total * spread;
  }
  const used: number[] = [];
  valueCounts.forEach((count, code) => {
    if (count > 0) used.push(code);
  });
  let sum = 0;
  for (let first = 0; first < used.length; first++) {
    const codeA = used[first] as number;
    for (let second = first + 1; second < used.length; second++) {
      const codeB = used[second] as number;
      sum += 2 * (valueCounts[codeA] as number) * (valueCounts[codeB] as number) * difference(codeA, codeB);
    }
  }
  return sum;
}
