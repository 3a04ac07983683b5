/**
 * Small-group suppression for every aggregate that leaves the private data (PRODUCT.md privacy rules).
 *
 * Primary suppression hides any cell describing fewer than `minimum` (but more than zero) people. Complementary
 * suppression then makes sure no published total lets a reader get a hidden cell back by subtraction: for every
 * additive relation `total = part₁ + … + partₙ` that the published figures obey, a relation with hidden cells must
 * have at least two of them, and when its total is shown the hidden parts together must describe at least `minimum`
 * people. The cell hidden in addition is the smallest non-empty one (least information lost), repeated until stable.
 */

/** One additive relation among the published cells: the total equals the sum of the parts. */
export interface Relation {
  total: string;
  parts: readonly string[];
}

/** The smallest reporting minimum the product allows, whatever an org configures. */
export const MINIMUM_FLOOR = 3;

export const effectiveMinimum = (configured: number) => Math.max(MINIMUM_FLOOR, Math.floor(configured));

/**
 * Returns the keys to hide. `sizes` maps each cell to the number of distinct people it describes; cells absent from
 * the map count as empty (0 people).
 */
export function suppressCells(sizes: ReadonlyMap<string, number>, relations: readonly Relation[], minimum: number): Set<string> {
  const min = effectiveMinimum(minimum);
  const size = (key: string) => sizes.get(key) ?? 0;
  const hidden = new Set<string>();
  for (const [key, n] of sizes) if (n > 0 && n < min) hidden.add(key);

  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const cells = [relation.total, ...relation.parts];
      const hiddenCells = cells.filter((key) => hidden.has(key));
      if (hiddenCells.length === 0) continue;
      const hiddenPartsSize = relation.parts.filter((key) => hidden.has(key)).reduce((sum, key) => sum + size(key), 0);
      const exposed =
        hiddenCells.length === 1 || (!hidden.has(relation.total) && hiddenPartsSize > 0 && hiddenPartsSize < min);
      if (!exposed) continue;
      const next = nextToHide(relation, hidden, size);
      if (next === null) continue;
      hidden.add(next);
      changed = true;
    }
  }
  return hidden;
}

function nextToHide(relation: Relation, hidden: ReadonlySet<string>, size: (key: string) => number): string | null {
  const visibleParts = relation.parts.filter((key) => !hidden.has(key));
  const nonEmpty = visibleParts.filter((key) => size(key) > 0).sort((a, b) => size(a) - size(b) || a.localeCompare(b));
  if (nonEmpty.length > 0) return nonEmpty[0] as string;
  if (!hidden.has(relation.total)) return relation.total;
  // Only empty parts are left: hiding one still keeps a reader from knowing which hidden part holds the people.
  const empty = [...visibleParts].sort();
  return empty[0] ?? null;
}

/**
 * For tests and audits: true when some relation lets a reader compute a hidden cell from published ones, i.e. it has
 * exactly one hidden cell.
 */
export function revealsByDifference(hidden: ReadonlySet<string>, relations: readonly Relation[]): Relation | null {
  for (const relation of relations) {
    const count = [relation.total, ...relation.parts].filter((key) => hidden.has(key)).length;
    if (count === 1) return relation;
  }
  return null;
}
