import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../org/types';
import { aggregateJournal, dyadView, filterAggregate, gridRelations, type JournalCount } from './journal-aggregate';
import { revealsByDifference, suppressCells } from './suppression';
import { SIDES, type Side } from './vocabulary';

describe('small-group suppression', () => {
  it('hides a group smaller than the minimum and shows larger and empty ones', () => {
    const hidden = suppressCells(new Map([['a', 2], ['b', 0], ['c', 9], ['t', 11]]), [], 5);
    expect([...hidden]).toEqual(['a']);
  });

  it('never goes below three, whatever the org configures', () => {
    expect([...suppressCells(new Map([['a', 2]]), [], 1)]).toEqual(['a']);
  });

  it('hides a second part when one hidden part could be got back from the total', () => {
    const sizes = new Map([['t', 20], ['a', 2], ['b', 7], ['c', 11]]);
    const relations = [{ total: 't', parts: ['a', 'b', 'c'] }];
    const hidden = suppressCells(sizes, relations, 5);
    expect([...hidden].sort()).toEqual(['a', 'b']);
    expect(revealsByDifference(hidden, relations)).toBeNull();
  });

  it('hides the total when the only other parts are empty', () => {
    const sizes = new Map([['t', 2], ['a', 2], ['b', 0]]);
    const hidden = suppressCells(sizes, [{ total: 't', parts: ['a', 'b'] }], 5);
    expect(hidden.has('t')).toBe(true);
  });

  it('hides more when two hidden parts together are still a small group', () => {
    const sizes = new Map([['t', 14], ['a', 1], ['b', 2], ['c', 11]]);
    const hidden = suppressCells(sizes, [{ total: 't', parts: ['a', 'b', 'c'] }], 5);
    expect([...hidden].sort()).toEqual(['a', 'b', 'c']);
  });
});

const count = (fn: Side | null, level: (typeof LEVELS)[number] | null, authors: number, entries = authors): JournalCount => ({
  dysfunction: 'dysfunction.lack_of_collaboration',
  tag: 'interpretation.marketing_self_oriented',
  function: fn,
  level,
  entries,
  authors,
});

/** Counts for one row from per-cell author numbers, with the margins summed (each author in one cell). */
function rowFrom(grid: Record<Side, [number, number, number]>): JournalCount[] {
  const counts: JournalCount[] = [];
  const at = (fn: Side, i: number) => grid[fn][i] ?? 0;
  for (const fn of SIDES) LEVELS.forEach((level, i) => at(fn, i) > 0 && counts.push(count(fn, level, at(fn, i))));
  for (const fn of SIDES) counts.push(count(fn, null, grid[fn].reduce((a, b) => a + b, 0)));
  LEVELS.forEach((level, i) => counts.push(count(null, level, at('sales', i) + at('marketing', i))));
  counts.push(count(null, null, [...grid.sales, ...grid.marketing].reduce((a, b) => a + b, 0)));
  return counts.filter((c) => c.authors > 0);
}

describe('journal aggregate', () => {
  it('hides a small cell and enough others that no filter combination gives it back by subtraction', () => {
    const rows = aggregateJournal(rowFrom({ sales: [6, 7, 2], marketing: [8, 9, 10] }), 5);
    const cells = rows[0]?.cells ?? [];
    const frontlineSales = cells.find((c) => c.function === 'sales' && c.level === 'frontline');
    expect(frontlineSales).toMatchObject({ suppressed: true, entries: null });
    // Every filter the API offers reads from the same table, so collect what all of them publish.
    const published = new Map<string, number>();
    for (const fn of [undefined, ...SIDES]) {
      for (const level of [undefined, ...LEVELS]) {
        for (const cell of filterAggregate(rows, { function: fn, level })[0]?.cells ?? []) {
          if (cell.entries !== null) published.set(`${cell.function ?? '*'}|${cell.level ?? '*'}`, cell.entries);
        }
      }
    }
    const hidden = new Set(cells.map((c) => `${c.function ?? '*'}|${c.level ?? '*'}`).filter((key) => !published.has(key)));
    expect(revealsByDifference(hidden, gridRelations())).toBeNull();
    expect(published.get('sales|frontline')).toBeUndefined();
  });

  it('never leaves a relation with a single hidden cell, for any grid of group sizes', () => {
    const size = () => fc.integer({ min: 0, max: 12 });
    const sizes = fc.tuple(size(), size(), size(), size(), size(), size());
    fc.assert(
      fc.property(sizes, fc.integer({ min: 3, max: 8 }), ([a, b, c, d, e, f], minimum) => {
        const rows = aggregateJournal(rowFrom({ sales: [a, b, c], marketing: [d, e, f] }), minimum);
        if (rows.length === 0) return true;
        const hidden = new Set((rows[0]?.cells ?? []).filter((cell) => cell.suppressed).map((cell) => `${cell.function ?? '*'}|${cell.level ?? '*'}`));
        const small = (rows[0]?.cells ?? []).filter((cell) => !cell.suppressed && cell.entries !== null && cell.entries > 0 && cell.entries < Math.max(3, minimum));
        return revealsByDifference(hidden, gridRelations()) === null && small.length === 0;
      }),
    );
  });

  it('shows the dyad view with both sides’ expected readings first', () => {
    const rows = aggregateJournal(rowFrom({ sales: [6, 0, 0], marketing: [0, 0, 0] }), 5);
    const dyad = dyadView(rows, 'dysfunction.lack_of_collaboration', 'senior');
    expect(dyad.map((r) => r.tag).slice(0, 6)).toEqual([
      'interpretation.marketing_self_oriented',
      'interpretation.role_conflict',
      'response.lone_wolfism',
      'interpretation.exercise_in_futility',
      'interpretation.rudderless',
      'response.learned_skepticism',
    ]);
    expect(dyad[0]).toMatchObject({ expectedSide: 'sales', sales: { entries: 6, suppressed: false }, marketing: { entries: 0 } });
    expect(dyad[3]?.expectedSide).toBe('marketing');
  });
});
