import type { AgreementData } from './agreement-data';
import { validateAgreementData } from './agreement-data';
import { AgreementInputError } from './agreement-error';
import { naturalCategoryOrder } from './category-order';

/** The code stored for "this coder did not code this unit". */
export const MISSING_CODE = -1;

/**
 * Reliability data with labels replaced by integer category codes, laid out unit by unit in one typed array so the
 * statistics run in O(units × coders²) without allocating per unit.
 */
export interface CodedRatings {
  readonly coders: readonly string[];
  readonly coderCount: number;
  readonly unitCount: number;
  /** Category labels in order; a code is an index into this list. */
  readonly categories: readonly string[];
  /** `codes[unit * coderCount + coder]` is a category index, or MISSING_CODE. */
  readonly codes: Int32Array;
}

/**
 * Validates the data and codes its labels. With `categoryOrder` the categories are exactly that list, in that order
 * (categories nobody used still count, e.g. for k); every label used must be in it. Without it the categories are the
 * labels used, in natural order (see naturalCategoryOrder).
 */
export function codeRatings(data: AgreementData, categoryOrder?: readonly string[]): CodedRatings {
  validateAgreementData(data);
  const coderCount = data.coders.length;
  const unitCount = data.units.length;
  const codes = new Int32Array(unitCount * coderCount);

  if (categoryOrder !== undefined) {
    const index = categoryIndex(categoryOrder);
    data.units.forEach((unit, unitIndex) => {
      for (let coder = 0; coder < coderCount; coder++) {
        const label = unit[coder] ?? null;
        if (label === null) {
          codes[unitIndex * coderCount + coder] = MISSING_CODE;
          continue;
        }
        const code = index.get(label);
        if (code === undefined) {
          throw new AgreementInputError(
            'UNKNOWN_CATEGORY',
            `Coder "${data.coders[coder]}" used "${label}" (unit ${unitIndex + 1}), which is not among the given ` +
              `categories (${categoryOrder.join(', ')}); add it to the list or correct the code.`,
          );
        }
        codes[unitIndex * coderCount + coder] = code;
      }
    });
    return { coders: [...data.coders], coderCount, unitCount, categories: [...categoryOrder], codes };
  }

  // First pass: codes in order of first appearance; then renumber into natural order with one lookup table.
  const firstSeen = new Map<string, number>();
  data.units.forEach((unit, unitIndex) => {
    for (let coder = 0; coder < coderCount; coder++) {
      const label = unit[coder] ?? null;
      if (label === null) {
        codes[unitIndex * coderCount + coder] = MISSING_CODE;
        continue;
      }
      let code = firstSeen.get(label);
      if (code === undefined) {
        code = firstSeen.size;
        firstSeen.set(label, code);
      }
      codes[unitIndex * coderCount + coder] = code;
    }
  });
  const categories = naturalCategoryOrder(firstSeen.keys());
  const renumber = new Int32Array(categories.length);
  categories.forEach((label, sortedCode) => {
    renumber[firstSeen.get(label) as number] = sortedCode;
  });
  for (let cell = 0; cell < codes.length; cell++) {
    const code = codes[cell] as number;
    if (code !== MISSING_CODE) codes[cell] = renumber[code] as number;
  }
  return { coders: [...data.coders], coderCount, unitCount, categories, codes };
}

function categoryIndex(categoryOrder: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  categoryOrder.forEach((label, code) => {
    if (index.has(label)) {
      throw new AgreementInputError(
        'DUPLICATE_CATEGORY',
        `Category "${label}" is listed twice in the category order; list each category once.`,
      );
    }
    index.set(label, code);
  });
  return index;
}

/** How many entries of unit `unit` are coded (not missing). */
export function codedCount(ratings: CodedRatings, unit: number): number {
  const start = unit * ratings.coderCount;
  let count = 0;
  for (let cell = start; cell < start + ratings.coderCount; cell++) {
    if (ratings.codes[cell] !== MISSING_CODE) count++;
  }
  return count;
}
