/** Units (DOMAIN.md §1): a manager's line — the manager, their direct reports and everyone below. */
import { descendants, type OrgIndex } from './hierarchy';
import type { Person, Unit } from './types';

/**
 * One unit per person with direct reports, managers before the units below them (depth first, by name).
 * Subtree sizes are summed bottom-up in one pass, so this stays linear for large organisations.
 */
export function deriveUnits(index: OrgIndex): Unit[] {
  const order = preorderFromRoots(index);
  const memberCount = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const person = order[i] as Person;
    const reports = index.reportsOf.get(person.id) ?? [];
    let count = 0;
    for (const report of reports) count += 1 + (memberCount.get(report.id) ?? 0);
    memberCount.set(person.id, count);
  }

  const units: Unit[] = [];
  for (const manager of order) {
    if ((index.reportsOf.get(manager.id)?.length ?? 0) > 0) units.push(toUnit(index, manager, memberCount.get(manager.id) ?? 0));
  }
  if (units.length === index.reportsOf.size) return units;
  // Managers inside a reporting cycle cannot be reached from the top; their lines are counted one by one (rare, and cycle-safe).
  const reached = new Set(order.map((person) => person.id));
  const unreachedManagers = [...index.reportsOf.keys()]
    .filter((id) => !reached.has(id))
    .map((id) => index.byId.get(id))
    .filter((person): person is Person => person !== undefined)
    .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
  for (const manager of unreachedManagers) units.push(toUnit(index, manager, descendants(index, manager.id).length));
  return units;
}

function toUnit(index: OrgIndex, manager: Person, memberCount: number): Unit {
  return {
    managerId: manager.id,
    name: `${manager.name}'s line`,
    function: manager.function,
    level: manager.level,
    region: manager.region,
    directReportIds: (index.reportsOf.get(manager.id) ?? []).map((report) => report.id),
    memberCount,
  };
}

/** Everyone reachable from the roots, each manager before their reports, iteratively. */
function preorderFromRoots(index: OrgIndex): Person[] {
  const order: Person[] = [];
  const stack: Person[] = [...index.roots].reverse();
  while (stack.length > 0) {
    const person = stack.pop() as Person;
    order.push(person);
    const reports = index.reportsOf.get(person.id) ?? [];
    for (let i = reports.length - 1; i >= 0; i -= 1) stack.push(reports[i] as Person);
  }
  return order;
}
