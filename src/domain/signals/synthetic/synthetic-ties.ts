/**
 * Distinct undirected ties between people, shaped like a real interface: mostly teammates and their manager, then
 * counterparts of the other function in the same region, then anyone in the region, then a few long-range ties.
 */
import { seededRandom, type Random } from '../../common/random';
import type { SyntheticPerson } from './synthetic-people';

export interface SyntheticTies {
  /** Endpoints of tie i are people[a[i]] and people[b[i]], with a[i] < b[i]. */
  a: Int32Array;
  b: Int32Array;
}

const KIND_WEIGHTS = { team: 0.35, counterpart: 0.3, region: 0.2, anyone: 0.15 };

export function syntheticTies(people: readonly SyntheticPerson[], options: { ties: number; seed: number }): SyntheticTies {
  const n = people.length;
  const possible = (n * (n - 1)) / 2;
  if (!Number.isInteger(options.ties) || options.ties < 0 || options.ties > possible) {
    throw new RangeError(`${n} people allow 0..${possible} distinct ties; asked for ${options.ties}.`);
  }
  const random = seededRandom(options.seed);
  const pools = buildPools(people);
  const seen = new Set<number>();
  const a = new Int32Array(options.ties);
  const b = new Int32Array(options.ties);
  let count = 0;
  // Dense requests (more than half of all pairs) would make rejection sampling slow; they fall back to anyone.
  const structured = options.ties <= possible / 2;
  while (count < options.ties) {
    const from = random.int(0, n - 1);
    const to = structured ? pickPartner(random, from, pools, n) : random.int(0, n - 1);
    if (to === from) continue;
    const low = Math.min(from, to);
    const high = Math.max(from, to);
    const key = low * n + high;
    if (seen.has(key)) continue;
    seen.add(key);
    a[count] = low;
    b[count] = high;
    count += 1;
  }
  return { a, b };
}

interface Pools {
  team: number[][];
  counterparts: number[][];
  region: number[][];
}

function buildPools(people: readonly SyntheticPerson[]): Pools {
  const indexOf = new Map(people.map((person, i) => [person.id, i]));
  const teams = new Map<string, number[]>();
  const byRegionFunction = new Map<string, number[]>();
  const byRegion = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, value: number) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  people.forEach((person, i) => {
    const region = person.region ?? '';
    push(teams, person.managerId ?? '', i);
    if (person.managerId !== null && indexOf.has(person.managerId)) push(teams, person.managerId, indexOf.get(person.managerId) as number);
    push(byRegionFunction, `${region}\u0000${person.function}`, i);
    push(byRegion, region, i);
  });
  const otherFunction = (fn: string) => (fn === 'sales' ? 'marketing' : fn === 'marketing' ? 'sales' : null);
  return {
    team: people.map((person) => teams.get(person.managerId ?? '') ?? []),
    counterparts: people.map((person) => {
      const other = otherFunction(person.function);
      return other === null ? [] : (byRegionFunction.get(`${person.region ?? ''}\u0000${other}`) ?? []);
    }),
    region: people.map((person) => byRegion.get(person.region ?? '') ?? []),
  };
}

function pickPartner(random: Random, from: number, pools: Pools, n: number): number {
  const roll = random.next();
  let pool: number[] | undefined;
  if (roll < KIND_WEIGHTS.team) pool = pools.team[from];
  else if (roll < KIND_WEIGHTS.team + KIND_WEIGHTS.counterpart) pool = pools.counterparts[from];
  else if (roll < 1 - KIND_WEIGHTS.anyone) pool = pools.region[from];
  return pool !== undefined && pool.length > 1 ? (pool[random.int(0, pool.length - 1)] as number) : random.int(0, n - 1);
}
