/**
 * A computed network narrowed to the filters and shaped for the page. Filters:
 * - `level`: people of that level; a tie is drawn when both ends are shown (cross-level ties are left out).
 * - `function`: that function's people (at the level, if one is chosen) and their cross-function counterparts — people
 *   of the other function with a tie to one of them; drawn ties are those with at least one end in the chosen function.
 * Group figures come from `summariseLevels` (reporting minimum applied); individual people and ties are behavioural
 * metadata these roles may see. At most `nodeCap` people are drawn: the most strongly tied (sum of tie strengths).
 */
import { LEVELS, type Level } from '../../../domain/org/types';
import { limits } from '../../../shared/limits';
import type { NetworkFunction, NetworkView } from '../../../shared/signals-network';
import type { ComputedNetwork, NetworkPerson } from './compute-network';
import { summariseLevels } from './level-summaries';

export interface NetworkFilter {
  level?: Level;
  function?: NetworkFunction;
}

const BROKERS_LISTED = 10;
const otherSide = (fn: NetworkFunction): NetworkFunction => (fn === 'sales' ? 'marketing' : 'sales');
const isInterface = (person: NetworkPerson) => person.function === 'sales' || person.function === 'marketing';

export function presentNetwork(computed: ComputedNetwork, filter: NetworkFilter, minimum: number, nodeCap: number = limits.networkNodesMax): NetworkView {
  const { people, ties, network } = computed;
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const betweennessOf = new Map(people.map((person, i) => [person.id, network.betweenness[i] ?? 0]));
  const isolatedIds = new Set(network.levels.flatMap((level) => level.isolatedIds));
  const { summaries, communityOf } = summariseLevels(
    network.levels.filter((level) => !filter.level || level.level === filter.level),
    peopleById,
    minimum,
  );

  const tied = new Set<string>();
  for (const tie of ties) {
    tied.add(tie.a);
    tied.add(tie.b);
  }
  const atLevel = (person: NetworkPerson) => !filter.level || person.level === filter.level;
  let shown: Set<string>;
  let drawTie: (a: NetworkPerson, b: NetworkPerson) => boolean;
  if (filter.function) {
    const chosen = filter.function;
    const counterpart = otherSide(chosen);
    shown = new Set(people.filter((p) => p.function === chosen && atLevel(p)).map((p) => p.id));
    for (const tie of ties) {
      const [a, b] = [peopleById.get(tie.a) as NetworkPerson, peopleById.get(tie.b) as NetworkPerson];
      if (a.function === chosen && b.function === counterpart && shown.has(a.id) && atLevel(b)) shown.add(b.id);
      if (b.function === chosen && a.function === counterpart && shown.has(b.id) && atLevel(a)) shown.add(a.id);
    }
    drawTie = (a, b) => a.function === chosen || b.function === chosen;
  } else {
    // People outside the interface are drawn only when they carry ties (they can lie on paths between the functions).
    shown = new Set(people.filter((p) => atLevel(p) && (isInterface(p) || tied.has(p.id))).map((p) => p.id));
    drawTie = () => true;
  }
  const shownTies = ties.filter((tie) => shown.has(tie.a) && shown.has(tie.b) && drawTie(peopleById.get(tie.a) as NetworkPerson, peopleById.get(tie.b) as NetworkPerson));

  const weight = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const tie of shownTies) {
    for (const id of [tie.a, tie.b]) {
      weight.set(id, (weight.get(id) ?? 0) + tie.strength);
      degree.set(id, (degree.get(id) ?? 0) + 1);
    }
  }
  const shownPeople = people.filter((person) => shown.has(person.id));
  const truncated = shownPeople.length > nodeCap;
  const drawn = truncated
    ? [...shownPeople].sort((x, y) => (weight.get(y.id) ?? 0) - (weight.get(x.id) ?? 0) || (x.id < y.id ? -1 : 1)).slice(0, nodeCap)
    : shownPeople;
  const drawnIds = new Set(drawn.map((person) => person.id));
  const ref = (person: NetworkPerson) => ({ personId: person.id, name: person.name, function: person.function, level: person.level });

  return {
    asOf: computed.asOf,
    windowDays: computed.windowDays,
    level: filter.level ?? null,
    function: filter.function ?? null,
    minimum,
    hasEvents: computed.hasEvents,
    tieCount: network.tieCount,
    betweenness: { exact: network.betweennessExact, epsilon: network.betweennessBound?.epsilon ?? null, delta: network.betweennessBound?.delta ?? null },
    levels: summaries,
    nodes: drawn.map((person) => ({
      ...ref(person),
      unit: person.unit,
      betweenness: betweennessOf.get(person.id) ?? 0,
      community: communityOf.get(person.id) ?? null,
      isolated: isolatedIds.has(person.id),
      degree: degree.get(person.id) ?? 0,
    })),
    edges: shownTies
      .filter((tie) => drawnIds.has(tie.a) && drawnIds.has(tie.b))
      .map((tie) => ({ a: tie.a, b: tie.b, strength: tie.strength, crossFunction: tie.crossFunction })),
    matchingPeople: shownPeople.length,
    truncated,
    nodeCap,
    brokers: shownPeople
      .map((person) => ({ ...ref(person), betweenness: betweennessOf.get(person.id) ?? 0 }))
      .filter((broker) => broker.betweenness > 0)
      .sort((x, y) => y.betweenness - x.betweenness || x.name.localeCompare(y.name))
      .slice(0, BROKERS_LISTED),
    isolated: shownPeople
      .filter((person) => isolatedIds.has(person.id))
      .sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level) || x.name.localeCompare(y.name))
      .map((person) => ({ ...ref(person), unit: person.unit })),
  };
}
