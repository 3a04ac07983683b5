import { crossFunctionNetwork, type CrossFunctionNetwork } from '../../../domain/network/cross-function-network';
import { tiesFromPairDays, type Tie } from '../../../domain/network/tie-strength';
import type { Person } from '../../../domain/org/types';
import { NO_UNIT, type PairDayRollupRow, type RollupPerson } from '../../../domain/signals/rollup-types';

/** Ties weaker than this are neither counted nor drawn (the kernel's default, stated once here). */
export const MIN_TIE_STRENGTH = 0.05;
/** Louvain's node order and sampled betweenness are seeded: the same data always gives the same view. */
const NETWORK_SEED = 20_260_301;

export interface NetworkPerson extends RollupPerson {
  name: string;
}

/** Everything a network view is presented from; cached per org, window and day. */
export interface ComputedNetwork {
  asOf: string;
  windowDays: number;
  people: NetworkPerson[];
  /** Ties at or above `MIN_TIE_STRENGTH`. */
  ties: Tie[];
  network: CrossFunctionNetwork;
  hasEvents: boolean;
}

/** The instant the window ends: the last millisecond of `asOf` (UTC), so one day always gives the same ties. */
export const windowEndOf = (asOf: string) => new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000 - 1);

/**
 * Ties from the pair rollup and the per-level network. People are the org's active people and anyone who left but
 * still has contacts in the window (their ties are part of others' paths).
 */
export function computeNetwork(orgPeople: readonly Person[], rows: readonly PairDayRollupRow[], window: { asOf: string; windowDays: number }): ComputedNetwork {
  const inWindow = new Set<string>();
  for (const row of rows) {
    inWindow.add(row.initiatorId);
    inWindow.add(row.recipientId);
  }
  const people: NetworkPerson[] = orgPeople
    .filter((person) => person.active || inWindow.has(person.id))
    .map((person) => ({ id: person.id, name: person.name, function: person.function, level: person.level, unit: person.region ?? NO_UNIT }))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const known = new Set(people.map((person) => person.id));
  const ties = tiesFromPairDays(rows, { now: windowEndOf(window.asOf), windowDays: window.windowDays }).filter(
    (tie) => tie.strength >= MIN_TIE_STRENGTH && known.has(tie.a) && known.has(tie.b),
  );
  const network = crossFunctionNetwork(people, ties, { seed: NETWORK_SEED, minStrength: MIN_TIE_STRENGTH });
  return { ...window, people, ties, network, hasEvents: rows.length > 0 };
}
