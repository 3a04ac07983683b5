/**
 * The per-level group figures of a network, with the reporting minimum applied (PRODUCT.md privacy rules). Groups
 * are a level, a function at a level and a community at a level. Communities smaller than the minimum are merged into
 * one "smaller communities" group; complementary suppression (`suppressCells`) then hides one more group wherever a
 * shown total would give a hidden group back by subtraction (level = sales + marketing = sum of its communities).
 */
import type { LevelNetwork } from '../../../domain/network/cross-function-network';
import { suppressCells, type Relation } from '../../../domain/dysfunction/suppression';
import type { Level } from '../../../domain/org/types';
import type { NetworkLevelSummary } from '../../../shared/signals-network';
import type { NetworkPerson } from './compute-network';

const LEVEL_NAMES: Record<Level, string> = { senior: 'Senior', middle: 'Middle', frontline: 'Frontline' };
const INTERFACE_FUNCTIONS = ['sales', 'marketing'] as const;

export interface SummarisedLevels {
  summaries: NetworkLevelSummary[];
  /** Each person's community label, for people whose community is shown on its own. */
  communityOf: Map<string, string>;
}

export function summariseLevels(levels: readonly LevelNetwork[], peopleById: ReadonlyMap<string, NetworkPerson>, minimum: number): SummarisedLevels {
  const communityOf = new Map<string, string>();
  const summaries = levels.map((level) => summariseLevel(level, peopleById, minimum, communityOf));
  return { summaries, communityOf };
}

function summariseLevel(level: LevelNetwork, peopleById: ReadonlyMap<string, NetworkPerson>, minimum: number, communityOf: Map<string, string>): NetworkLevelSummary {
  const name = LEVEL_NAMES[level.level];
  const own = level.communities.filter((community) => community.groupSize >= minimum);
  const small = level.communities.filter((community) => community.groupSize < minimum);
  const smallSize = small.reduce((sum, community) => sum + community.groupSize, 0);
  const ownKeys = own.map((_, i) => `community:${i}`);
  const sizes = new Map<string, number>([
    ['level', level.groupSize],
    ['sales', level.salesCount],
    ['marketing', level.marketingCount],
    ['small', smallSize],
    ...own.map((community, i) => [ownKeys[i] as string, community.groupSize] as const),
  ]);
  const relations: Relation[] = [
    { total: 'level', parts: ['sales', 'marketing'] },
    { total: 'level', parts: [...ownKeys, 'small'] },
  ];
  const hidden = suppressCells(sizes, relations, minimum);
  if (hidden.has('level')) return { suppressed: true, level: level.level };

  const isolatedOf = (fn: string) => level.isolatedIds.filter((id) => peopleById.get(id)?.function === fn).length;
  const communities: Extract<NetworkLevelSummary, { suppressed: false }>['communities'] = own.map((community, i) => {
    const label = `${name} ${i + 1}`;
    if (hidden.has(ownKeys[i] as string)) return { suppressed: true, label };
    for (const id of community.memberIds) communityOf.set(id, label);
    return { suppressed: false, label, merged: false, groupSize: community.groupSize, salesCount: community.salesCount, marketingCount: community.marketingCount };
  });
  if (smallSize > 0) {
    const label = `${name}: smaller communities (${small.length})`;
    communities.push(
      hidden.has('small')
        ? { suppressed: true, label }
        : {
            suppressed: false,
            label,
            merged: true,
            groupSize: smallSize,
            salesCount: small.reduce((sum, community) => sum + community.salesCount, 0),
            marketingCount: small.reduce((sum, community) => sum + community.marketingCount, 0),
          },
    );
  }
  return {
    suppressed: false,
    level: level.level,
    groupSize: level.groupSize,
    crossFunctionTies: level.crossFunctionTies,
    crossFunctionDensity: level.crossFunctionDensity,
    isolatedCount: level.isolatedIds.length,
    modularity: level.modularity,
    communityCount: level.communities.length,
    functions: INTERFACE_FUNCTIONS.map((fn) =>
      hidden.has(fn) ? { suppressed: true, function: fn } : { suppressed: false, function: fn, groupSize: sizes.get(fn) ?? 0, isolatedCount: isolatedOf(fn) },
    ),
    communities,
    brokers: level.brokers.flatMap((broker) => {
      const person = peopleById.get(broker.personId);
      return person ? [{ personId: person.id, name: person.name, function: person.function, level: person.level, betweenness: broker.betweenness }] : [];
    }),
  };
}
