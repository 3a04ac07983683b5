/**
 * Reporting lines (DOMAIN.md §1): who reports to whom, how deep, how wide.
 * Imported data can be wrong, so every walk here is iterative and stops on cycles instead of looping.
 */
import type { Person } from './types';

export interface OrgIndex {
  byId: Map<string, Person>;
  /** Direct reports by manager id, each list sorted by name (then id). */
  reportsOf: Map<string, Person[]>;
  /** People without a manager, or whose manager is not in the index, sorted by name (then id). */
  roots: Person[];
}

export interface ReportingEdge {
  key: string;
  managerKey: string | null;
}

function byNameThenId(a: Person, b: Person): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function indexPeople(people: Person[]): OrgIndex {
  const byId = new Map<string, Person>();
  for (const person of people) byId.set(person.id, person);

  const reportsOf = new Map<string, Person[]>();
  const roots: Person[] = [];
  for (const person of byId.values()) {
    if (person.managerId === null || !byId.has(person.managerId)) {
      roots.push(person);
      continue;
    }
    const reports = reportsOf.get(person.managerId);
    if (reports) reports.push(person);
    else reportsOf.set(person.managerId, [person]);
  }
  for (const reports of reportsOf.values()) reports.sort(byNameThenId);
  roots.sort(byNameThenId);
  return { byId, reportsOf, roots };
}

/** The number of direct reports. */
export function spanOfControl(index: OrgIndex, personId: string): number {
  return index.reportsOf.get(personId)?.length ?? 0;
}

/** The managers above a person, nearest first, up to the top; stops before repeating anyone. */
export function reportingLine(index: OrgIndex, personId: string): Person[] {
  const line: Person[] = [];
  const seen = new Set<string>([personId]);
  let managerId = index.byId.get(personId)?.managerId ?? null;
  while (managerId !== null && !seen.has(managerId)) {
    const manager = index.byId.get(managerId);
    if (!manager) break;
    line.push(manager);
    seen.add(managerId);
    managerId = manager.managerId;
  }
  return line;
}

/** How many managers are above a person: the top of the organisation is at depth 0. */
export function depth(index: OrgIndex, personId: string): number {
  return reportingLine(index, personId).length;
}

/** Everyone below a person (not the person), breadth first: direct reports, then theirs, and so on. */
export function descendants(index: OrgIndex, personId: string): Person[] {
  const found: Person[] = [];
  const seen = new Set<string>([personId]);
  let frontier = [personId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const managerId of frontier) {
      for (const report of index.reportsOf.get(managerId) ?? []) {
        if (seen.has(report.id)) continue;
        seen.add(report.id);
        found.push(report);
        next.push(report.id);
      }
    }
    frontier = next;
  }
  return found;
}

/** True when `managerId` is somewhere above `personId` in their reporting line. */
export function isInLine(index: OrgIndex, managerId: string, personId: string): boolean {
  const seen = new Set<string>([personId]);
  let current = index.byId.get(personId)?.managerId ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === managerId) return true;
    seen.add(current);
    current = index.byId.get(current)?.managerId ?? null;
  }
  return false;
}

const UNVISITED = 0;
const ON_PATH = 1;
const DONE = 2;
const NO_MANAGER = -1;

/**
 * Every reporting cycle, once each, in O(n). A cycle is listed in manager order (each key's manager follows it),
 * starting with the key that comes first in `edges`. Someone who manages themself is a cycle of length 1.
 * Keys may be e-mails or ids; when a key appears twice its first edge counts. Managers that are not keys end a walk.
 */
export function findReportingCycles(edges: ReadonlyArray<ReportingEdge>): string[][] {
  // Work on positions rather than strings: one Map lookup per edge, then typed arrays only.
  const positionOf = new Map<string, number>();
  const keys: string[] = [];
  const firstEdges: ReportingEdge[] = [];
  for (const edge of edges) {
    if (positionOf.has(edge.key)) continue;
    positionOf.set(edge.key, keys.length);
    keys.push(edge.key);
    firstEdges.push(edge);
  }
  const managerAt = new Int32Array(keys.length);
  firstEdges.forEach((edge, i) => {
    managerAt[i] = edge.managerKey === null ? NO_MANAGER : (positionOf.get(edge.managerKey) ?? NO_MANAGER);
  });

  return findCyclesByPosition(managerAt).map((cycle) => cycle.map((position) => keys[position] as string));
}

/**
 * The same on positions: `managerAt[i]` is the position of i's manager, or -1. Each cycle starts at its lowest
 * position and follows managers. Lets callers that already hold positions skip the string keys.
 */
export function findCyclesByPosition(managerAt: Int32Array): number[][] {
  const state = new Uint8Array(managerAt.length);
  const cycles: number[][] = [];
  const path: number[] = [];
  for (let start = 0; start < managerAt.length; start += 1) {
    if (state[start] !== UNVISITED) continue;
    path.length = 0;
    let current = start;
    while (current !== NO_MANAGER && state[current] === UNVISITED) {
      state[current] = ON_PATH;
      path.push(current);
      current = managerAt[current] as number;
    }
    if (current !== NO_MANAGER && state[current] === ON_PATH) cycles.push(cycleFrom(path, current));
    for (const position of path) state[position] = DONE;
  }
  return cycles;
}

/** The cycle at the end of `path` that starts at `entry`, rotated to begin with its earliest position. */
function cycleFrom(path: number[], entry: number): number[] {
  const cycle = path.slice(path.lastIndexOf(entry));
  let earliest = 0;
  for (let i = 1; i < cycle.length; i += 1) {
    if ((cycle[i] as number) < (cycle[earliest] as number)) earliest = i;
  }
  return cycle.slice(earliest).concat(cycle.slice(0, earliest));
}
