import { describe, expect, it } from 'vitest';
import type { Community, LevelNetwork } from '../../src/domain/network/cross-function-network';
import type { Person, PersonFunction } from '../../src/domain/org/types';
import type { PairDayRollupRow } from '../../src/domain/signals/rollup-types';
import { computeNetwork, type NetworkPerson } from '../../src/server/signals/network/compute-network';
import { summariseLevels } from '../../src/server/signals/network/level-summaries';
import { TtlCache } from '../../src/server/cache/ttl-cache';
import { presentNetwork } from '../../src/server/signals/network/present-network';

/** A frontline level whose communities have the given sizes (people named c<community>-<i>, alternating functions). */
function level(communitySizes: number[], salesCount?: number): { level: LevelNetwork; people: Map<string, NetworkPerson> } {
  const people = new Map<string, NetworkPerson>();
  let sellers = 0;
  const communities: Community[] = communitySizes.map((size, c) => {
    const memberIds = Array.from({ length: size }, (_, i) => `c${c}-${i}`);
    let sales = 0;
    for (const id of memberIds) {
      const isSales = salesCount === undefined ? people.size % 2 === 0 : sellers < salesCount;
      if (isSales) {
        sellers += 1;
        sales += 1;
      }
      people.set(id, { id, name: id, function: isSales ? 'sales' : 'marketing', level: 'frontline', unit: 'North' });
    }
    return { memberIds, groupSize: size, salesCount: sales, marketingCount: size - sales };
  });
  const groupSize = people.size;
  const marketingCount = [...people.values()].filter((p) => p.function === 'marketing').length;
  return {
    people,
    level: {
      level: 'frontline',
      groupSize,
      salesCount: groupSize - marketingCount,
      marketingCount,
      crossFunctionTies: 3,
      crossFunctionDensity: 0.1,
      brokers: [],
      isolatedIds: [],
      communities,
      modularity: 0.4,
    },
  };
}

describe('network level summaries with the reporting minimum', () => {
  it('names communities of at least the minimum, and hides one more when the merged small ones are hidden', () => {
    const { level: frontline, people } = level([7, 6, 2, 1]);
    const { summaries, communityOf } = summariseLevels([frontline], people, 5);
    const summary = summaries[0] as Extract<(typeof summaries)[number], { suppressed: false }>;
    expect(summary.groupSize).toBe(16);
    expect(summary.communities).toEqual([
      expect.objectContaining({ suppressed: false, label: 'Frontline 1', groupSize: 7 }),
      { suppressed: true, label: 'Frontline 2' },
      { suppressed: true, label: 'Frontline: smaller communities (2)' },
    ]);
    expect(communityOf.get('c0-0')).toBe('Frontline 1');
    expect(communityOf.has('c1-0')).toBe(false);
    expect(communityOf.has('c2-0')).toBe(false);
  });

  it('shows the merged small communities when together they reach the minimum', () => {
    const { level: frontline, people } = level([8, 3, 3]);
    const summary = summariseLevels([frontline], people, 5).summaries[0];
    expect(summary).toMatchObject({ suppressed: false });
    expect(summary?.suppressed === false && summary.communities).toEqual([
      expect.objectContaining({ label: 'Frontline 1', groupSize: 8, merged: false }),
      expect.objectContaining({ label: 'Frontline: smaller communities (2)', groupSize: 6, merged: true }),
    ]);
  });

  it('hides both functions when one has fewer people than the minimum, since the level total would give it back', () => {
    const { level: frontline, people } = level([14], 12);
    const summary = summariseLevels([frontline], people, 5).summaries[0];
    expect(summary?.suppressed === false && summary.functions).toEqual([
      { suppressed: true, function: 'sales' },
      { suppressed: true, function: 'marketing' },
    ]);
  });

  it('suppresses a whole level of fewer people than the minimum, with no figure at all', () => {
    const { level: frontline, people } = level([4]);
    expect(summariseLevels([frontline], people, 5).summaries).toEqual([{ suppressed: true, level: 'frontline' }]);
  });
});

describe('network presentation limits', () => {
  const person = (id: string, fn: PersonFunction): Person => ({ id, name: id, email: `${id}@x.example`, function: fn, level: 'frontline', managerId: null, region: null, title: null, active: true });
  const row = (from: string, to: string, events: number): PairDayRollupRow => ({
    initiatorId: from,
    recipientId: to,
    day: '2026-03-19',
    events,
    answered: events,
    unanswered: 0,
    responseSecondsSum: 0,
    lastAt: new Date('2026-03-19T10:00:00Z'),
    crossFunction: from.startsWith('s') !== to.startsWith('s'),
  });
  // A hub s0 with strong ties to m1 and m2, weak ties to m3 and m4; s5 has no tie.
  const people = [person('s0', 'sales'), person('m1', 'marketing'), person('m2', 'marketing'), person('m3', 'marketing'), person('m4', 'marketing'), person('s5', 'sales')];
  const rows = [row('s0', 'm1', 30), row('m1', 's0', 30), row('s0', 'm2', 20), row('m2', 's0', 20), row('s0', 'm3', 3), row('s0', 'm4', 2)];
  const computed = computeNetwork(people, rows, { asOf: '2026-03-20', windowDays: 90 });

  it('draws at most the cap, keeping the most strongly tied people and only ties between them', () => {
    const view = presentNetwork(computed, {}, 5, 3);
    expect(view).toMatchObject({ truncated: true, matchingPeople: 6, nodeCap: 3 });
    expect(view.nodes.map((node) => node.personId).sort()).toEqual(['m1', 'm2', 's0']);
    expect(view.edges.every((edge) => ['m1', 'm2', 's0'].includes(edge.a) && ['m1', 'm2', 's0'].includes(edge.b))).toBe(true);
    // Tables still list everyone who matches.
    expect(view.isolated.map((p) => p.personId)).toEqual(['s5']);
    expect(view.brokers[0]?.personId).toBe('s0');
  });

  it('is not truncated under the cap', () => {
    expect(presentNetwork(computed, {}, 5)).toMatchObject({ truncated: false, matchingPeople: 6 });
  });
});

describe('the network cache', () => {
  it('serves an entry until its time is up, then computes again', async () => {
    let now = 0;
    let computed = 0;
    const cache = new TtlCache<number>(60_000, 10, () => now);
    const compute = async () => ++computed;
    expect(await cache.get('org|90|d', compute)).toBe(1);
    now = 59_999;
    expect(await cache.get('org|90|d', compute)).toBe(1);
    now = 60_000;
    expect(await cache.get('org|90|d', compute)).toBe(2);
  });

  it('keeps at most its cap of entries, dropping the oldest', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'again')).toBe('again');
  });

  it('does not keep a failed computation', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    await expect(cache.get('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('k', async () => 'fine')).toBe('fine');
  });
});
