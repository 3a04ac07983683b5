/**
 * Anonymous counts of journal entries per (dysfunction × interpretation or response) per function and level, with
 * the small-group rule applied once to the whole table so that no filter can undo it (see ./suppression.ts).
 */
import { LEVELS, type Level } from '../org/types';
import { suppressCells, type Relation } from './suppression';
import { DYSFUNCTIONS, JOURNAL_TAGS, SENSEMAKING, SIDES, expectedSideOf, type DysfunctionId, type JournalTag, type Side } from './vocabulary';

/** One grouped count from the store: `function`/`level` null means "all" (a margin). */
export interface JournalCount {
  dysfunction: DysfunctionId;
  tag: JournalTag;
  function: Side | null;
  level: Level | null;
  entries: number;
  /** Distinct authors behind the entries: the group size the minimum applies to. */
  authors: number;
}

export interface AggregateCell {
  function: Side | null;
  level: Level | null;
  /** Null when suppressed. */
  entries: number | null;
  suppressed: boolean;
}

export interface AggregateRow {
  dysfunction: DysfunctionId;
  tag: JournalTag;
  expectedSide: Side | null;
  cells: AggregateCell[];
}

const keyOf = (fn: Side | null, level: Level | null) => `${fn ?? '*'}|${level ?? '*'}`;

/** The additive relations of one row's function × level grid and its margins. */
export function gridRelations(): Relation[] {
  const relations: Relation[] = [];
  for (const fn of SIDES) relations.push({ total: keyOf(fn, null), parts: LEVELS.map((level) => keyOf(fn, level)) });
  for (const level of LEVELS) relations.push({ total: keyOf(null, level), parts: SIDES.map((fn) => keyOf(fn, level)) });
  relations.push({ total: keyOf(null, null), parts: SIDES.map((fn) => keyOf(fn, null)) });
  relations.push({ total: keyOf(null, null), parts: LEVELS.map((level) => keyOf(null, level)) });
  return relations;
}

const GRID: Array<{ function: Side | null; level: Level | null }> = [null, ...SIDES].flatMap((fn) =>
  [null, ...LEVELS].map((level) => ({ function: fn as Side | null, level: level as Level | null })),
);

/** Every row with all 12 cells (2 functions × 3 levels, their margins and the total), suppressed as a whole. */
export function aggregateJournal(counts: readonly JournalCount[], minimum: number): AggregateRow[] {
  const byRow = new Map<string, JournalCount[]>();
  for (const count of counts) {
    const key = `${count.dysfunction}#${count.tag}`;
    byRow.set(key, [...(byRow.get(key) ?? []), count]);
  }
  const relations = gridRelations();
  const rows: AggregateRow[] = [];
  for (const dysfunction of DYSFUNCTIONS) {
    for (const tag of JOURNAL_TAGS) {
      const rowCounts = byRow.get(`${dysfunction}#${tag}`);
      if (!rowCounts) continue;
      const entries = new Map(rowCounts.map((c) => [keyOf(c.function, c.level), c.entries]));
      const sizes = new Map(rowCounts.map((c) => [keyOf(c.function, c.level), c.authors]));
      const hidden = suppressCells(sizes, relations, minimum);
      rows.push({
        dysfunction,
        tag,
        expectedSide: expectedSideOf(dysfunction, tag),
        cells: GRID.map(({ function: fn, level }) => {
          const key = keyOf(fn, level);
          const suppressed = hidden.has(key);
          return { function: fn, level, entries: suppressed ? null : (entries.get(key) ?? 0), suppressed };
        }),
      });
    }
  }
  return rows;
}

/** The cells a filter selects: a given function and/or level fixes that coordinate; an absent one keeps all of it. */
export function filterAggregate(rows: readonly AggregateRow[], filter: { function?: Side; level?: Level; dysfunction?: DysfunctionId }): AggregateRow[] {
  return rows
    .filter((row) => !filter.dysfunction || row.dysfunction === filter.dysfunction)
    .map((row) => ({
      ...row,
      cells: row.cells.filter((cell) => (!filter.function || cell.function === filter.function) && (!filter.level || cell.level === filter.level)),
    }));
}

export interface DyadRow {
  tag: JournalTag;
  expectedSide: Side | null;
  sales: AggregateCell;
  marketing: AggregateCell;
}

/** How each side experiences one dysfunction at one level: the expected tags of both sides first, then any other used. */
export function dyadView(rows: readonly AggregateRow[], dysfunction: DysfunctionId, level: Level): DyadRow[] {
  const expected: JournalTag[] = SIDES.flatMap((side) => [...SENSEMAKING[dysfunction][side].interpretations, ...SENSEMAKING[dysfunction][side].responses]);
  const present = rows.filter((row) => row.dysfunction === dysfunction);
  const order = [...expected, ...present.map((row) => row.tag).filter((tag) => !expected.includes(tag))];
  const empty = (fn: Side): AggregateCell => ({ function: fn, level, entries: 0, suppressed: false });
  return order.map((tag) => {
    const row = present.find((r) => r.tag === tag);
    const cell = (fn: Side) => row?.cells.find((c) => c.function === fn && c.level === level) ?? empty(fn);
    return { tag, expectedSide: expectedSideOf(dysfunction, tag), sales: cell('sales'), marketing: cell('marketing') };
  });
}
