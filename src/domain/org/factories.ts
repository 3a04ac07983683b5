/** Test factories for the organisation model: small, explicit people with sensible defaults. */
import type { Person, PersonRecord } from './types';

let sequence = 0;

export function makePerson(overrides: Partial<Person> = {}): Person {
  sequence += 1;
  const id = overrides.id ?? `p${sequence}`;
  return {
    id,
    name: overrides.name ?? `Person ${id}`,
    email: overrides.email ?? `${id}@example.test`,
    function: overrides.function ?? 'sales',
    level: overrides.level ?? 'frontline',
    managerId: overrides.managerId ?? null,
    region: overrides.region ?? null,
    title: overrides.title ?? null,
    active: overrides.active ?? true,
  };
}

/**
 * People from a parent array: person i is managed by person parents[i] (null or out of range = top).
 * Handy for property tests, where fast-check generates the parents array.
 */
export function peopleFromParents(parents: ReadonlyArray<number | null>): Person[] {
  return parents.map((parent, i) =>
    makePerson({
      id: `p${i}`,
      name: `Person ${String(i).padStart(5, '0')}`,
      managerId: parent === null || parent < 0 || parent >= parents.length ? null : `p${parent}`,
    }),
  );
}

/** The headers of an HRIS-style export, as `recordsToRows` writes them. */
export const HRIS_HEADERS = ['Work Email', 'Full Name', 'Department', 'Job Level', 'Manager Email', 'Region', 'Job Title', 'Status'];

/** People records as the cells of an HRIS-style export (see HRIS_HEADERS), for import tests. */
export function recordsToRows(records: readonly PersonRecord[]): string[][] {
  return records.map((r) => [r.email, r.name, r.function, r.level, r.managerEmail ?? '', r.region ?? '', r.title ?? '', r.active ? 'Active' : 'Inactive']);
}
