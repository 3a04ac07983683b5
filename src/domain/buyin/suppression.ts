import { DomainError } from '../common/domain-error';

/**
 * Small-group suppression for pulse results (PRODUCT.md privacy rules). A group is a set of respondents (by index)
 * whose aggregate (n and sums) would be shown. Two rules:
 * - primary: a group of fewer respondents than the reporting minimum is suppressed;
 * - complementary: subtracting shown groups from one another must never isolate fewer than the minimum. We keep the
 *   stronger, checkable form: every *atom* of the shown groups (respondents who belong to exactly the same shown
 *   groups) has none or at least `minimum` members. Every set recoverable by adding and subtracting shown aggregates
 *   is a union of atoms, so no suppressed group, and no other group under the minimum, can be recovered.
 * While a small atom remains, one more group is suppressed: preferably the smallest one whose removal merges the atom
 * with a neighbour into a group of at least the minimum (the classic "next smallest cell" of a margin).
 */
export interface Group {
  key: string;
  /** Respondent indices, each once. */
  members: readonly number[];
}

export const REPORTING_MINIMUM_FLOOR = 3;

/** The org's reporting minimum, never below the product-wide floor of 3. */
export const effectiveMinimum = (orgMinimum: number) => Math.max(REPORTING_MINIMUM_FLOOR, Math.floor(orgMinimum));

export interface SuppressionOptions {
  minimum: number;
  /**
   * Groups already shown elsewhere (the unfiltered view when a filter is applied): they count when looking for small
   * atoms but are never suppressed here.
   */
  published?: readonly Group[];
}

/** The keys of the groups to suppress. */
export function suppressGroups(groups: readonly Group[], options: SuppressionOptions): Set<string> {
  const { minimum } = options;
  const published = options.published ?? [];
  const suppressed = new Set<string>();
  for (const g of groups) if (g.members.length < minimum) suppressed.add(g.key);
  const unfixable = new Set<string>();
  for (;;) {
    const shown = [...published.map((g) => ({ group: g, fixed: true })), ...groups.filter((g) => !suppressed.has(g.key)).map((g) => ({ group: g, fixed: false }))];
    const atoms = atomsOf(shown.map((s) => s.group));
    const small = [...atoms.values()]
      .filter((a) => a.signature.length > 0 && a.members.length < minimum && !unfixable.has(a.key))
      .sort((a, b) => a.members.length - b.members.length || a.key.localeCompare(b.key))[0];
    if (!small) return suppressed;
    const choice = groupToSuppress(small, atoms, shown, minimum);
    if (choice === undefined) unfixable.add(small.key);
    else suppressed.add(choice);
  }
}

interface Atom {
  key: string;
  /** Indices into the shown list, ascending. */
  signature: number[];
  members: number[];
}

/** Partitions respondents by the set of shown groups they belong to (respondents in none form no atom). */
export function atomsOf(shown: readonly Group[]): Map<string, Atom> {
  const signatures = new Map<number, number[]>();
  shown.forEach((group, index) => {
    for (const member of group.members) {
      const signature = signatures.get(member);
      if (signature) signature.push(index);
      else signatures.set(member, [index]);
    }
  });
  const atoms = new Map<string, Atom>();
  for (const [member, signature] of signatures) {
    const key = signature.join(',');
    const atom = atoms.get(key);
    if (atom) atom.members.push(member);
    else atoms.set(key, { key, signature, members: [member] });
  }
  return atoms;
}

function groupToSuppress(atom: Atom, atoms: Map<string, Atom>, shown: ReadonlyArray<{ group: Group; fixed: boolean }>, minimum: number): string | undefined {
  const inAtom = new Set(atom.signature);
  // Removing shown group g merges this atom with the atom whose signature differs from it by g alone.
  const merged = new Map<number, number>();
  for (const other of atoms.values()) {
    const difference = symmetricDifferenceOfOne(atom.signature, other.signature);
    if (difference !== undefined) merged.set(difference, (merged.get(difference) ?? 0) + other.members.length);
  }
  const candidates = shown
    .map((s, index) => ({ index, key: s.group.key, size: s.group.members.length, fixed: s.fixed }))
    .filter((c) => !c.fixed && (inAtom.has(c.index) || merged.has(c.index)))
    .map((c) => ({ ...c, mergedSize: atom.members.length + (merged.get(c.index) ?? 0) }));
  const enough = candidates.filter((c) => c.mergedSize >= minimum).sort((a, b) => a.size - b.size || a.key.localeCompare(b.key));
  if (enough[0]) return enough[0].key;
  // No single removal is enough: move towards the nearest atom that differs only by groups we may suppress.
  const nearest = nearestMergeable(atom, atoms, shown);
  if (nearest !== undefined) return nearest;
  return candidates.sort((a, b) => b.mergedSize - a.mergedSize || a.size - b.size || a.key.localeCompare(b.key))[0]?.key;
}

function nearestMergeable(atom: Atom, atoms: Map<string, Atom>, shown: ReadonlyArray<{ group: Group; fixed: boolean }>): string | undefined {
  const mine = new Set(atom.signature);
  let best: { distance: number; size: number; key: string; groups: number[] } | undefined;
  for (const other of atoms.values()) {
    if (other === atom) continue;
    const theirs = new Set(other.signature);
    const differing = [...atom.signature.filter((g) => !theirs.has(g)), ...other.signature.filter((g) => !mine.has(g))];
    if (differing.some((g) => shown[g]?.fixed)) continue;
    // Nearest first, then the largest, then by key: the choice never depends on the order respondents came in.
    const better =
      !best ||
      differing.length < best.distance ||
      (differing.length === best.distance && (other.members.length > best.size || (other.members.length === best.size && other.key < best.key)));
    if (better) best = { distance: differing.length, size: other.members.length, key: other.key, groups: differing };
  }
  const smallest = best?.groups.map((g) => shown[g]?.group as Group).sort((a, b) => a.members.length - b.members.length || a.key.localeCompare(b.key))[0];
  return smallest?.key;
}

/** The one element by which two ascending index lists differ, or undefined when they differ by none or several. */
function symmetricDifferenceOfOne(a: readonly number[], b: readonly number[]): number | undefined {
  if (Math.abs(a.length - b.length) !== 1) return undefined;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  let extra: number | undefined;
  let j = 0;
  for (const value of longer) {
    if (j < shorter.length && shorter[j] === value) j++;
    else if (extra === undefined) extra = value;
    else return undefined;
  }
  return j === shorter.length ? extra : undefined;
}

export class FilterError extends DomainError<'filter_isolates'> {}

/**
 * A filter may only narrow results to a group that, and whose complement within the unfiltered population, has at
 * least the minimum: otherwise comparing filtered and unfiltered results would single out a handful of people.
 */
export function checkFilter(populationSize: number, filteredSize: number, minimum: number, description: string): void {
  const complement = populationSize - filteredSize;
  if (filteredSize < minimum || (complement > 0 && complement < minimum)) {
    throw new FilterError(
      'filter_isolates',
      `The filter ${description} would isolate fewer than ${minimum} people, the reporting minimum: widen it or remove it.`,
    );
  }
}
