import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atomsOf, checkFilter, effectiveMinimum, suppressGroups, type Group } from './suppression';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const group = (key: string, members: number[]): Group => ({ key, members });

/** Rank of 0/1 row vectors by Gaussian elimination (small matrices, exact enough with a tolerance). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let column = 0; column < width && rank < m.length; column++) {
    let pivot = rank;
    for (let r = rank + 1; r < m.length; r++) if (Math.abs(m[r]![column]!) > Math.abs(m[pivot]![column]!)) pivot = r;
    if (Math.abs(m[pivot]![column]!) < 1e-9) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let r = 0; r < m.length; r++) {
      if (r === rank) continue;
      const factor = m[r]![column]! / m[rank]![column]!;
      if (factor !== 0) for (let c = column; c < width; c++) m[r]![c]! -= factor * m[rank]![c]!;
    }
    rank++;
  }
  return rank;
}

const indicator = (members: readonly number[], size: number) => {
  const v = new Array<number>(size).fill(0);
  for (const m of members) v[m] = 1;
  return v;
};

/** Whether adding and subtracting the shown groups' totals can yield exactly this group's total. */
const recoverable = (target: readonly number[], shown: readonly Group[], size: number) => {
  if (shown.length === 0) return false;
  const rows = shown.map((g) => indicator(g.members, size));
  return rank([...rows, indicator(target, size)]) === rank(rows);
};

describe('small-group suppression', () => {
  it('suppresses a group smaller than the minimum', () => {
    const suppressed = suppressGroups([group('total', range(0, 12)), group('a', range(0, 8)), group('b', range(8, 12))], { minimum: 5 });
    expect(suppressed.has('b')).toBe(true);
  });

  it('suppresses the next smallest cell of a margin when exactly one is suppressed (complementary suppression)', () => {
    // total 20 = a 10 + b 7 + c 3: hiding c alone would leave it as total − a − b.
    const groups = [group('total', range(0, 20)), group('a', range(0, 10)), group('b', range(10, 17)), group('c', range(17, 20))];
    const suppressed = suppressGroups(groups, { minimum: 5 });
    expect([...suppressed].sort()).toEqual(['b', 'c']);
  });

  it("never lets a manager's line minus a sub-manager's line reveal the sub-manager alone", () => {
    // Manager M's line: the sub-manager S (index 0) and S's six reports. Showing both lines would reveal S.
    const groups = [group('total', range(0, 7)), group('line:M', range(0, 7)), group('line:S', range(1, 7))];
    const suppressed = suppressGroups(groups, { minimum: 5 });
    expect(suppressed.has('line:S')).toBe(true);
    expect(suppressed.has('line:M')).toBe(false);
  });

  it('suppresses in the filtered view what comparing it with the published view would reveal', () => {
    const published = [group('total', range(0, 20)), group('cell', range(0, 12))];
    // Filtered to 14 people, the cell has 10: fine alone, but 12 − 10 = 2 people outside the filter in the cell.
    const suppressed = suppressGroups([group('f:total', range(0, 14)), group('f:cell', range(0, 10))], { minimum: 5, published });
    expect(suppressed.has('f:cell')).toBe(true);
  });

  it('never puts the minimum below 3', () => {
    expect(effectiveMinimum(1)).toBe(3);
    expect(effectiveMinimum(7)).toBe(7);
  });

  const instance = fc
    .record({ size: fc.integer({ min: 1, max: 30 }), minimum: fc.integer({ min: 3, max: 6 }), masks: fc.array(fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), { minLength: 1, maxLength: 10 }) })
    .map(({ size, minimum, masks }) => ({
      size,
      minimum,
      groups: [group('total', range(0, size)), ...masks.map((mask, i) => group(`g${i}`, range(0, size).filter((m) => mask[m])))],
    }));

  it('leaves every shown group and every atom of shown groups at or above the minimum (property)', () => {
    fc.assert(
      fc.property(instance, ({ groups, minimum }) => {
        const suppressed = suppressGroups(groups, { minimum });
        const shown = groups.filter((g) => !suppressed.has(g.key));
        expect(shown.every((g) => g.members.length >= minimum)).toBe(true);
        for (const atom of atomsOf(shown).values()) expect(atom.members.length).toBeGreaterThanOrEqual(minimum);
      }),
      { numRuns: 300 },
    );
  });

  it('lets no suppressed group under the minimum be recovered by subtracting shown groups from shown totals (property)', () => {
    fc.assert(
      fc.property(instance, ({ groups, minimum, size }) => {
        const suppressed = suppressGroups(groups, { minimum });
        const shown = groups.filter((g) => !suppressed.has(g.key));
        for (const g of groups) {
          if (suppressed.has(g.key) && g.members.length > 0 && g.members.length < minimum) expect(recoverable(g.members, shown, size)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a filtered view safe together with the published unfiltered view (property)', () => {
    fc.assert(
      fc.property(instance, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), ({ groups, minimum, size }, filterMask) => {
        const published = groups.filter((g) => !suppressGroups(groups, { minimum }).has(g.key));
        const view = groups.map((g) => group(`f:${g.key}`, g.members.filter((m) => filterMask[m])));
        const suppressed = suppressGroups(view, { minimum, published });
        const shown = [...published, ...view.filter((g) => !suppressed.has(g.key))];
        for (const atom of atomsOf(shown).values()) expect(atom.members.length).toBeGreaterThanOrEqual(minimum);
        for (const g of view) {
          if (g.members.length > 0 && g.members.length < minimum) expect(recoverable(g.members, shown, size)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('filter guard', () => {
  it('refuses a filter whose group is under the minimum, naming the minimum', () => {
    expect(() => checkFilter(40, 4, 5, 'region "APAC"')).toThrow('The filter region "APAC" would isolate fewer than 5 people');
  });

  it('refuses a filter whose complement is under the minimum', () => {
    expect(() => checkFilter(40, 37, 5, 'level "frontline"')).toThrow(/would isolate fewer than 5 people/);
  });

  it('accepts a filter with enough people on both sides, or one that covers everyone', () => {
    expect(() => checkFilter(40, 20, 5, 'x')).not.toThrow();
    expect(() => checkFilter(40, 40, 5, 'x')).not.toThrow();
  });
});
