import { describe, expect, it } from 'vitest';
import type { Level, PersonFunction } from '../org/types';
import type { RollupPerson } from '../signals/rollup-types';
import { crossFunctionNetwork } from './cross-function-network';
import type { Tie } from './tie-strength';

const person = (id: string, fn: PersonFunction, level: Level = 'frontline'): RollupPerson => ({ id, function: fn, level, unit: 'EMEA' });
const tie = (a: string, b: string, strength = 0.8, crossFunction = true): Tie => ({
  a,
  b,
  eventsAToB: 5,
  eventsBToA: 5,
  answered: 10,
  lastAt: new Date('2026-06-01T00:00:00Z'),
  contactsPerWeek: 2,
  reciprocity: 1,
  recency: 1,
  strength,
  crossFunction,
});

describe('cross-function network', () => {
  const people = [person('s1', 'sales'), person('s2', 'sales'), person('s3', 'sales'), person('m1', 'marketing'), person('m2', 'marketing'), person('o1', 'other')];
  const ties = [tie('s1', 'm1'), tie('s2', 'm1'), tie('s1', 's2', 0.8, false), tie('m1', 'm2', 0.8, false), tie('o1', 's3', 0.9, false)];

  it('reports density as cross ties over the possible sales × marketing pairs, with the group size', () => {
    const frontline = crossFunctionNetwork(people, ties, { seed: 1 }).levels.find((level) => level.level === 'frontline');
    expect(frontline).toMatchObject({ groupSize: 5, salesCount: 3, marketingCount: 2, crossFunctionTies: 2 });
    expect(frontline?.crossFunctionDensity).toBeCloseTo(2 / 6, 12);
  });

  it('lists people without any cross-function tie as isolated, even when they have other ties', () => {
    const frontline = crossFunctionNetwork(people, ties, { seed: 1 }).levels.find((level) => level.level === 'frontline');
    expect(frontline?.isolatedIds.sort()).toEqual(['m2', 's3']);
  });

  it('names the bridge between the functions as the top broker', () => {
    const frontline = crossFunctionNetwork(people, ties, { seed: 1 }).levels.find((level) => level.level === 'frontline');
    expect(frontline?.brokers[0]?.personId).toBe('m1');
    expect(frontline?.brokers[0]?.betweenness).toBeGreaterThan(0);
    expect(frontline?.brokers[0]?.betweenness).toBeLessThanOrEqual(1);
  });

  it('gives every person their betweenness in people order, the brokers\' values among them', () => {
    const network = crossFunctionNetwork(people, ties, { seed: 1 });
    expect(network.betweenness).toHaveLength(people.length);
    const m1 = people.findIndex((p) => p.id === 'm1');
    expect(network.betweenness[m1]).toBe(network.levels.find((level) => level.level === 'frontline')?.brokers[0]?.betweenness);
    // s3 and o1 only touch each other: nobody's shortest path runs through them.
    expect(network.betweenness[people.findIndex((p) => p.id === 's3')]).toBe(0);
  });

  it('drops ties below the minimum strength', () => {
    const network = crossFunctionNetwork(people, [tie('s1', 'm1', 0.01)], { seed: 1 });
    expect(network.tieCount).toBe(0);
    expect(network.levels.find((level) => level.level === 'frontline')?.crossFunctionDensity).toBe(0);
  });

  it('gives a level with only one function no density, and communities that cover everyone with their sizes', () => {
    const network = crossFunctionNetwork([...people, person('v1', 'sales', 'senior')], ties, { seed: 1 });
    expect(network.levels.find((level) => level.level === 'senior')?.crossFunctionDensity).toBeNull();
    const frontline = network.levels.find((level) => level.level === 'frontline');
    expect(frontline?.communities.reduce((sum, community) => sum + community.groupSize, 0)).toBe(5);
    for (const community of frontline?.communities ?? []) expect(community.salesCount + community.marketingCount).toBe(community.groupSize);
  });

  it('samples betweenness beyond the exact threshold and states its bound', () => {
    const many = Array.from({ length: 400 }, (_, i) => person(`p${i}`, i % 2 === 0 ? 'sales' : 'marketing'));
    const chain = many.slice(1).map((p, i) => tie(many[i]!.id, p.id));
    expect(crossFunctionNetwork(many, chain, { seed: 1 }).betweennessExact).toBe(true);
    const sampled = crossFunctionNetwork(many, chain, { seed: 1, exactUpTo: 100, epsilon: 0.3, delta: 0.1 });
    expect(sampled.betweennessExact).toBe(false);
    expect(sampled.betweennessBound).toEqual({ epsilon: 0.3, delta: 0.1 });
  });
});
