import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { louvain, modularity, type WeightedEdge } from './louvain';

const clique = (nodes: number[]): WeightedEdge[] =>
  nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => ({ a, b, weight: 1 })));

describe('louvain', () => {
  it('splits two cliques joined by one edge into two communities with the textbook modularity', () => {
    const edges = [...clique([0, 1, 2, 3]), ...clique([4, 5, 6, 7]), { a: 3, b: 4, weight: 1 }];
    const result = louvain(8, edges, { seed: 1 });
    expect(result.communityCount).toBe(2);
    expect([...result.community]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    // m = 13, each side: inside 2·6 = 12, total degree 13 → Q = 2 (12/26 − (13/26)²).
    expect(result.modularity).toBeCloseTo(2 * (12 / 26 - 0.25), 12);
  });

  it('finds planted groups in a ring of cliques', () => {
    const edges: WeightedEdge[] = [];
    for (let group = 0; group < 6; group++) {
      edges.push(...clique([0, 1, 2, 3, 4].map((i) => group * 5 + i)));
      edges.push({ a: group * 5, b: ((group + 1) % 6) * 5 + 1, weight: 1 });
    }
    const result = louvain(30, edges, { seed: 3 });
    expect(result.communityCount).toBe(6);
    for (let group = 0; group < 6; group++) expect(new Set([0, 1, 2, 3, 4].map((i) => result.community[group * 5 + i])).size).toBe(1);
  });

  it('leaves nodes without edges in communities of their own, with modularity 0 for an empty graph', () => {
    const result = louvain(3, [], { seed: 1 });
    expect(result.communityCount).toBe(3);
    expect(result.modularity).toBe(0);
  });

  it('reports the modularity of the partition it returns, never below the all-singletons partition, reproducibly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            edges: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), weight: fc.double({ min: 0.01, max: 1, noNaN: true }) }), { maxLength: 60 }),
            seed: fc.nat(),
          }),
        ),
        ({ n, edges, seed }) => {
          const result = louvain(n, edges, { seed });
          expect(result.modularity).toBeCloseTo(modularity(n, edges, result.community), 9);
          const singletons = modularity(n, edges, Array.from({ length: n }, (_, i) => i));
          expect(result.modularity).toBeGreaterThanOrEqual(singletons - 1e-9);
          expect([...louvain(n, edges, { seed }).community]).toEqual([...result.community]);
          expect(Math.max(-1, ...result.community) + 1).toBe(result.communityCount);
        },
      ),
      { numRuns: 150 },
    );
  });
});
