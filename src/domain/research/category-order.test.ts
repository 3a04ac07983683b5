import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCategoryLabels, naturalCategoryOrder, parseNumericLabel } from './category-order';

describe('naturalCategoryOrder', () => {
  it('sorts numeric labels numerically, not as text', () => {
    expect(naturalCategoryOrder(['10', '2', '1', '-3', '2.5'])).toEqual(['-3', '1', '2', '2.5', '10']);
  });

  it('sorts digit runs inside text labels by value', () => {
    expect(naturalCategoryOrder(['code 10', 'code 2', 'code 1'])).toEqual(['code 1', 'code 2', 'code 10']);
  });

  it('puts numeric labels before text labels', () => {
    expect(naturalCategoryOrder(['high', '3', 'low', '1'])).toEqual(['1', '3', 'high', 'low']);
  });

  it('compares letters without regard to case, then breaks ties deterministically', () => {
    expect(naturalCategoryOrder(['beta', 'Alpha', 'alpha'])).toEqual(['Alpha', 'alpha', 'beta']);
  });

  it('removes duplicate labels', () => {
    expect(naturalCategoryOrder(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });

  it('gives the same order whatever order the labels arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 12 }), (labels) => {
        const reversed = [...labels].reverse();
        expect(naturalCategoryOrder(reversed)).toEqual(naturalCategoryOrder(labels));
      }),
    );
  });

  it('is a consistent comparison: antisymmetric and zero only for equal labels', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(Math.sign(compareCategoryLabels(a, b)) + Math.sign(compareCategoryLabels(b, a))).toBe(0);
        expect(compareCategoryLabels(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('parseNumericLabel', () => {
  it('reads plain decimal numbers and nothing else', () => {
    expect(parseNumericLabel(' 3 ')).toBe(3);
    expect(parseNumericLabel('-1.5')).toBe(-1.5);
    expect(parseNumericLabel('2e3')).toBe(2000);
    expect(parseNumericLabel('0x10')).toBeNull();
    expect(parseNumericLabel('')).toBeNull();
    expect(parseNumericLabel('Infinity')).toBeNull();
    expect(parseNumericLabel('3 apples')).toBeNull();
  });
});
