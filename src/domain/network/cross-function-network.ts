/**
 * The cross-functional network per level (`linkage.social`): tie density between the level's salespeople and
 * marketers, brokers (highest betweenness), people with no cross-function tie, and communities (Louvain).
 * Every group result carries its `groupSize` so the server can apply the org's reporting minimum.
 */
import { LEVELS, type Level } from '../org/types';
import type { RollupPerson } from '../signals/rollup-types';
import { betweenness } from './betweenness';
import { buildCsrGraph } from './csr-graph';
import { louvain, type WeightedEdge } from './louvain';
import type { Tie } from './tie-strength';

export interface NetworkOptions {
  /** Ties weaker than this are left out (default 0.05). */
  minStrength?: number;
  /** Brokers listed per level (default 5). */
  brokerCount?: number;
  seed: number;
  /** Exact betweenness up to this many people, sampled beyond (default 5,000). */
  exactUpTo?: number;
  /** Error bound of sampled betweenness (defaults: epsilon 0.05, delta 0.05; see betweenness.ts). */
  epsilon?: number;
  delta?: number;
}

export interface Broker {
  personId: string;
  /** Normalised betweenness in [0, 1] on the whole network, path length = 1 / tie strength. */
  betweenness: number;
}

export interface Community {
  memberIds: string[];
  groupSize: number;
  salesCount: number;
  marketingCount: number;
}

export interface LevelNetwork {
  level: Level;
  /** Salespeople and marketers at this level. */
  groupSize: number;
  salesCount: number;
  marketingCount: number;
  crossFunctionTies: number;
  /** crossFunctionTies / (salesCount × marketingCount); null when either side is empty. */
  crossFunctionDensity: number | null;
  brokers: Broker[];
  /** Salespeople and marketers at this level with no cross-function tie at any level. */
  isolatedIds: string[];
  communities: Community[];
  modularity: number;
}

export interface CrossFunctionNetwork {
  levels: LevelNetwork[];
  betweennessExact: boolean;
  betweennessBound: { epsilon: number; delta: number } | null;
  tieCount: number;
  /** Normalised betweenness of every person on the whole network, in the order of the `people` argument. */
  betweenness: Float64Array;
}

export function crossFunctionNetwork(people: readonly RollupPerson[], ties: readonly Tie[], options: NetworkOptions): CrossFunctionNetwork {
  const minStrength = options.minStrength ?? 0.05;
  const brokerCount = options.brokerCount ?? 5;
  const indexOf = new Map(people.map((person, i) => [person.id, i]));
  const kept = ties.filter((tie) => tie.strength >= minStrength && tie.strength > 0 && indexOf.has(tie.a) && indexOf.has(tie.b));
  const sources = kept.map((tie) => indexOf.get(tie.a) as number);
  const targets = kept.map((tie) => indexOf.get(tie.b) as number);
  const graph = buildCsrGraph({ nodeCount: people.length, sources, targets, lengths: kept.map((tie) => 1 / tie.strength) });
  const central = betweenness(graph, {
    normalized: true,
    seed: options.seed,
    exactUpTo: options.exactUpTo,
    epsilon: options.epsilon,
    delta: options.delta,
  });

  const isInterface = (person: RollupPerson | undefined) => person?.function === 'sales' || person?.function === 'marketing';
  const crossTied = new Set<string>();
  for (const tie of kept) {
    const a = people[indexOf.get(tie.a) as number];
    const b = people[indexOf.get(tie.b) as number];
    if (isInterface(a) && isInterface(b) && a?.function !== b?.function) {
      crossTied.add(tie.a);
      crossTied.add(tie.b);
    }
  }

  const levels = LEVELS.map((level): LevelNetwork => {
    const members = people.map((person, i) => ({ person, i })).filter(({ person }) => person.level === level && isInterface(person));
    const salesCount = members.filter(({ person }) => person.function === 'sales').length;
    const marketingCount = members.length - salesCount;
    const localIndex = new Map(members.map(({ person }, local) => [person.id, local]));
    const localEdges: WeightedEdge[] = [];
    let crossFunctionTies = 0;
    for (const tie of kept) {
      const a = localIndex.get(tie.a);
      const b = localIndex.get(tie.b);
      if (a === undefined || b === undefined) continue;
      localEdges.push({ a, b, weight: tie.strength });
      if (members[a]?.person.function !== members[b]?.person.function) crossFunctionTies += 1;
    }
    const split = louvain(members.length, localEdges, { seed: options.seed });
    const communities: Community[] = Array.from({ length: split.communityCount }, () => ({ memberIds: [], groupSize: 0, salesCount: 0, marketingCount: 0 }));
    members.forEach(({ person }, local) => {
      const community = communities[split.community[local] as number] as Community;
      community.memberIds.push(person.id);
      community.groupSize += 1;
      if (person.function === 'sales') community.salesCount += 1;
      else community.marketingCount += 1;
    });
    const brokers = members
      .map(({ person, i }) => ({ personId: person.id, betweenness: central.values[i] as number }))
      .filter((broker) => broker.betweenness > 0)
      .sort((x, y) => y.betweenness - x.betweenness || (x.personId < y.personId ? -1 : 1))
      .slice(0, brokerCount);
    const pairs = salesCount * marketingCount;
    return {
      level,
      groupSize: members.length,
      salesCount,
      marketingCount,
      crossFunctionTies,
      crossFunctionDensity: pairs === 0 ? null : crossFunctionTies / pairs,
      brokers,
      isolatedIds: members.filter(({ person }) => !crossTied.has(person.id)).map(({ person }) => person.id),
      communities: communities.sort((x, y) => y.groupSize - x.groupSize),
      modularity: split.modularity,
    };
  });
  return { levels, betweennessExact: central.exact, betweennessBound: central.bound, tieCount: kept.length, betweenness: central.values };
}
