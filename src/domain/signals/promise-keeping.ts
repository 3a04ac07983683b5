/**
 * Promise-keeping (`dysfunction.lack_of_collaboration`): support requests between the functions and what became of
 * the promise, as rates by the providing side's function, level and unit. A request is closed once it has an
 * outcome; the promise-kept rate is delivered-on-time over closed requests. Each group carries its size (distinct
 * providers) and its request count, so the server can apply the reporting minimum.
 */
import { FUNCTIONS, LEVELS } from '../org/types';
import type { RollupPerson } from './rollup-types';

export const REQUEST_OUTCOMES = ['delivered', 'late', 'declined', 'ignored'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
export const REQUEST_KINDS = ['materials', 'budget', 'field_support', 'data'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface SupportRequestRow {
  requesterId: string;
  providerId: string;
  kind: RequestKind;
  requestedAt: Date;
  promisedBy: Date | null;
  /** Null while the request is open. */
  outcome: RequestOutcome | null;
}

export interface PromiseKeeping {
  scope: 'function' | 'level' | 'unit';
  group: string;
  /** Distinct providers behind the figures. */
  groupSize: number;
  requests: number;
  closed: number;
  counts: Record<RequestOutcome, number>;
  /** Share of closed requests per outcome; null when none is closed. */
  rates: Record<RequestOutcome, number | null>;
  /** delivered / closed: promises kept on time. */
  promiseKeptRate: number | null;
}

export function promiseKeeping(requests: readonly SupportRequestRow[], people: readonly RollupPerson[]): PromiseKeeping[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const known = requests.filter((request) => byId.has(request.providerId));
  const groups: Array<{ scope: PromiseKeeping['scope']; group: string; of: (person: RollupPerson) => boolean }> = [
    ...FUNCTIONS.map((fn) => ({ scope: 'function' as const, group: fn, of: (person: RollupPerson) => person.function === fn })),
    ...LEVELS.map((level) => ({ scope: 'level' as const, group: level, of: (person: RollupPerson) => person.level === level })),
    ...[...new Set(people.map((person) => person.unit))].sort().map((unit) => ({ scope: 'unit' as const, group: unit, of: (person: RollupPerson) => person.unit === unit })),
  ];
  return groups
    .map(({ scope, group, of }) => summarise(scope, group, known.filter((request) => of(byId.get(request.providerId) as RollupPerson))))
    .filter((result) => result.requests > 0);
}

function summarise(scope: PromiseKeeping['scope'], group: string, requests: readonly SupportRequestRow[]): PromiseKeeping {
  const counts: Record<RequestOutcome, number> = { delivered: 0, late: 0, declined: 0, ignored: 0 };
  for (const request of requests) if (request.outcome !== null) counts[request.outcome] += 1;
  const closed = REQUEST_OUTCOMES.reduce((sum, outcome) => sum + counts[outcome], 0);
  const rate = (count: number) => (closed === 0 ? null : count / closed);
  return {
    scope,
    group,
    groupSize: new Set(requests.map((request) => request.providerId)).size,
    requests: requests.length,
    closed,
    counts,
    rates: { delivered: rate(counts.delivered), late: rate(counts.late), declined: rate(counts.declined), ignored: rate(counts.ignored) },
    promiseKeptRate: rate(counts.delivered),
  };
}
