import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-error';
import { MISSING_CODE, codeRatings, codedCount } from './coded-ratings';

describe('codeRatings', () => {
  const data = { coders: ['ann', 'bob'], units: [['10', '2'], ['2', null], ['1', '10']] };

  it('codes labels by their natural order and lays units out one after another', () => {
    const ratings = codeRatings(data);
    expect(ratings.categories).toEqual(['1', '2', '10']);
    expect(Array.from(ratings.codes)).toEqual([2, 1, 1, MISSING_CODE, 0, 2]);
    expect(ratings.unitCount).toBe(3);
    expect(ratings.coderCount).toBe(2);
    expect(codedCount(ratings, 1)).toBe(1);
  });

  it('uses a given category order, keeping categories nobody used', () => {
    const ratings = codeRatings(data, ['10', '2', '1', '0']);
    expect(ratings.categories).toEqual(['10', '2', '1', '0']);
    expect(Array.from(ratings.codes)).toEqual([0, 1, 1, MISSING_CODE, 2, 0]);
  });

  it('rejects a label missing from the given categories and says which coder used it', () => {
    expect(() => codeRatings(data, ['1', '2'])).toThrow(/Coder "ann" used "10" \(unit 1\), which is not among the given categories/);
  });

  it('rejects a category order that lists a category twice', () => {
    try {
      codeRatings(data, ['1', '2', '10', '2']);
      expect.unreachable();
    } catch (error) {
      expect((error as AgreementInputError).reason).toBe('DUPLICATE_CATEGORY');
    }
  });
});
