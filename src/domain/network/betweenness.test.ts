import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../common/random';
import { betweenness, exactBetweenness, pivotCount, sampledBetweenness } from './betweenness';
import { buildCsrGraph, GraphError, indexEdges } from './csr-graph';

const graphOf = (nodeCount: number, edges: Array<[number, number, number?]>) =>
  buildCsrGraph({
    nodeCount,
    sources: edges.map((edge) => edge[0]),
    targets: edges.map((edge) => edge[1]),
    lengths: edges.some((edge) => edge[2] !== undefined) ? edges.map((edge) => edge[2] ?? 1) : undefined,
  });

/** All-pairs reference: Floyd–Warshall distances, path counts by dynamic programming, then the pair sum. */
function referenceBetweenness(nodeCount: number, edges: Array<[number, number, number?]>): number[] {
  const distance = Array.from({ length: nodeCount }, (_, i) => Array.from({ length: nodeCount }, (_, j) => (i === j ? 0 : Infinity)));
  const multiplicity = new Map<string, { count: number; length: number }>();
  for (const [a, b, length = 1] of edges) {
    if (a === b) continue;
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    const known = multiplicity.get(key);
    if (!known || length < known.length) multiplicity.set(key, { count: 1, length });
    else if (length === known.length) known.count += 1;
  }
  for (const [key, { length }] of multiplicity) {
    const [a, b] = key.split('-').map(Number) as [number, number];
    distance[a]![b] = length;
    distance[b]![a] = length;
  }
  for (let k = 0; k < nodeCount; k++)
    for (let i = 0; i < nodeCount; i++)
      for (let j = 0; j < nodeCount; j++) distance[i]![j] = Math.min(distance[i]![j]!, distance[i]![k]! + distance[k]![j]!);
  const sigma = distance.map((row, s) => {
    const paths: number[] = row.map((_, t) => (t === s ? 1 : 0));
    const byDistance = row.map((d, t) => [d, t] as const).filter(([d]) => Number.isFinite(d)).sort((x, y) => x[0] - y[0]);
    for (const [d, t] of byDistance) {
      if (t === s) continue;
      for (const [key, { count, length }] of multiplicity) {
        const [a, b] = key.split('-').map(Number) as [number, number];
        const other = a === t ? b : b === t ? a : -1;
        if (other >= 0 && row[other]! + length === d) paths[t] = paths[t]! + paths[other]! * count;
      }
    }
    return paths;
  });
  const values = new Array<number>(nodeCount).fill(0);
  for (let s = 0; s < nodeCount; s++)
    for (let t = s + 1; t < nodeCount; t++) {
      if (!Number.isFinite(distance[s]![t]!)) continue;
      for (let v = 0; v < nodeCount; v++) {
        if (v === s || v === t) continue;
        if (distance[s]![v]! + distance[v]![t]! === distance[s]![t]) values[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
      }
    }
  return values;
}

const smallGraph = (weighted: boolean) =>
  fc.integer({ min: 1, max: 12 }).chain((nodeCount) =>
    fc.record({
      nodeCount: fc.constant(nodeCount),
      edges: fc.array(
        fc.tuple(fc.nat(nodeCount - 1), fc.nat(nodeCount - 1), weighted ? fc.integer({ min: 1, max: 4 }) : fc.constant(undefined)),
        { maxLength: 30 },
      ),
    }),
  );

describe('exact betweenness', () => {
  it('counts each unordered pair once, as igraph does for undirected graphs', () => {
    const path = graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
    expect([...exactBetweenness(path)]).toEqual([0, 3, 4, 3, 0]);
  });

  it('gives the centre of a star every pair of leaves', () => {
    const star = graphOf(6, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]);
    expect([...exactBetweenness(star)]).toEqual([10, 0, 0, 0, 0, 0]);
    expect(exactBetweenness(star, { normalized: true })[0]).toBe(1);
  });

  it('normalises by the (n − 1)(n − 2) / 2 pairs that do not involve the node', () => {
    const path = graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
    expect(exactBetweenness(path, { normalized: true })[2]).toBeCloseTo(4 / 6, 15);
  });

  it('treats parallel edges as distinct shortest paths', () => {
    const square = graphOf(4, [[0, 1], [0, 1], [1, 3], [0, 2], [2, 3]]);
    const values = exactBetweenness(square);
    expect(values[1]).toBeCloseTo(2 / 3, 12);
    expect(values[2]).toBeCloseTo(1 / 3, 12);
  });

  it('ignores self-loops and isolated nodes', () => {
    const values = exactBetweenness(graphOf(4, [[0, 1], [1, 2], [1, 1]]));
    expect([...values]).toEqual([0, 1, 0, 0]);
  });

  it('routes weighted paths around a long edge', () => {
    const values = exactBetweenness(graphOf(3, [[0, 2, 5], [0, 1, 1], [1, 2, 1]]));
    expect([...values]).toEqual([0, 1, 0]);
  });

  it('treats path lengths equal up to rounding (1/3 + 2/3 vs 1) as ties', () => {
    const values = exactBetweenness(graphOf(4, [[0, 1, 1 / 3], [1, 3, 2 / 3], [0, 2, 0.1 + 0.2], [2, 3, 0.7]]));
    expect(values[1]).toBeCloseTo(0.5, 12);
    expect(values[2]).toBeCloseTo(0.5, 12);
  });

  it('matches an all-pairs reference on random unweighted graphs', () => {
    fc.assert(
      fc.property(smallGraph(false), ({ nodeCount, edges }) => {
        const ours = exactBetweenness(graphOf(nodeCount, edges));
        referenceBetweenness(nodeCount, edges).forEach((value, v) => expect(ours[v]).toBeCloseTo(value, 9));
      }),
      { numRuns: 150 },
    );
  });

  it('matches an all-pairs reference on random weighted graphs', () => {
    fc.assert(
      fc.property(smallGraph(true), ({ nodeCount, edges }) => {
        const ours = exactBetweenness(graphOf(nodeCount, edges));
        referenceBetweenness(nodeCount, edges).forEach((value, v) => expect(ours[v]).toBeCloseTo(value, 9));
      }),
      { numRuns: 150 },
    );
  });

  it('sums to the total of (hops − 1) over connected pairs on unweighted graphs', () => {
    fc.assert(
      fc.property(smallGraph(false), ({ nodeCount, edges }) => {
        const graph = graphOf(nodeCount, edges);
        const total = exactBetweenness(graph).reduce((sum, value) => sum + value, 0);
        const distance = referenceDistances(nodeCount, edges);
        let expected = 0;
        for (let s = 0; s < nodeCount; s++) for (let t = s + 1; t < nodeCount; t++) if (Number.isFinite(distance[s]![t]!)) expected += distance[s]![t]! - 1;
        expect(total).toBeCloseTo(expected, 9);
      }),
      { numRuns: 100 },
    );
  });
});

function referenceDistances(nodeCount: number, edges: Array<[number, number, number?]>) {
  const d = Array.from({ length: nodeCount }, (_, i) => Array.from({ length: nodeCount }, (_, j) => (i === j ? 0 : Infinity)));
  for (const [a, b] of edges) if (a !== b) d[a]![b] = d[b]![a] = 1;
  for (let k = 0; k < nodeCount; k++) for (let i = 0; i < nodeCount; i++) for (let j = 0; j < nodeCount; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
  return d;
}

/** A connected random graph: a random spanning tree plus extra random edges. */
function randomConnectedGraph(nodeCount: number, extraEdges: number, seed: number) {
  const random = seededRandom(seed);
  const edges: Array<[number, number]> = [];
  for (let v = 1; v < nodeCount; v++) edges.push([random.int(0, v - 1), v]);
  for (let i = 0; i < extraEdges; i++) edges.push([random.int(0, nodeCount - 1), random.int(0, nodeCount - 1)]);
  return graphOf(nodeCount, edges);
}

describe('sampled betweenness', () => {
  it('chooses k = ⌈(n/(n−1))² ln(2n/δ) / (2ε²)⌉ pivots', () => {
    expect(pivotCount(1000, 0.05, 0.1)).toBe(Math.ceil(((1000 / 999) ** 2 * Math.log(20000)) / (2 * 0.0025)));
    expect(() => pivotCount(10, 0, 0.1)).toThrow(RangeError);
  });

  it('falls back to exact values when the bound needs every node as a pivot', () => {
    const graph = randomConnectedGraph(40, 60, 3);
    const result = sampledBetweenness(graph, { epsilon: 0.1, delta: 0.1, seed: 1 });
    expect(result.exact).toBe(true);
    expect([...result.values]).toEqual([...exactBetweenness(graph)]);
  });

  it('keeps every node within epsilon of the exact normalised value at least 1 − delta of the time', () => {
    const epsilon = 0.2;
    const delta = 0.1;
    let failures = 0;
    let worst = 0;
    const trials = 20;
    for (let trial = 0; trial < trials; trial++) {
      const graph = randomConnectedGraph(300, 300, 100 + trial);
      const exact = exactBetweenness(graph, { normalized: true });
      const sampled = sampledBetweenness(graph, { epsilon, delta, seed: trial, normalized: true });
      expect(sampled.exact).toBe(false);
      expect(sampled.pivots).toBeLessThan(300);
      let maxError = 0;
      exact.forEach((value, v) => (maxError = Math.max(maxError, Math.abs(value - (sampled.values[v] as number)))));
      worst = Math.max(worst, maxError);
      if (maxError > epsilon) failures += 1;
    }
    expect(failures / trials).toBeLessThanOrEqual(delta);
    // The union bound is loose: real errors are far below epsilon, yet sampling does err (the estimate is not exact).
    expect(worst).toBeGreaterThan(0);
  });

  it('is unbiased in raw scale: the estimate is close to exact for a central node', () => {
    const graph = randomConnectedGraph(400, 200, 9);
    const exact = exactBetweenness(graph);
    const sampled = sampledBetweenness(graph, { epsilon: 0.15, delta: 0.1, seed: 5 });
    const hub = exact.indexOf(Math.max(...exact));
    expect(Math.abs((sampled.values[hub] as number) - (exact[hub] as number)) / (exact[hub] as number)).toBeLessThan(0.25);
  });

  it('is exact up to the node threshold and sampled beyond it, reproducibly for a seed', () => {
    const graph = randomConnectedGraph(300, 300, 1);
    expect(betweenness(graph, { exactUpTo: 300 }).exact).toBe(true);
    const first = betweenness(graph, { exactUpTo: 100, epsilon: 0.2, delta: 0.1, seed: 4 });
    const second = betweenness(graph, { exactUpTo: 100, epsilon: 0.2, delta: 0.1, seed: 4 });
    expect(first.exact).toBe(false);
    expect(first.bound).toEqual({ epsilon: 0.2, delta: 0.1 });
    expect([...first.values]).toEqual([...second.values]);
  });
});

describe('CSR graph', () => {
  it('lists both directions of every edge', () => {
    const graph = graphOf(3, [[0, 1], [1, 2]]);
    expect([...graph.offsets]).toEqual([0, 1, 3, 4]);
    expect([...graph.neighbours]).toEqual([1, 0, 2, 1]);
    expect(graph.edgeCount).toBe(2);
  });

  it('rejects nodes out of range, bad lengths and mismatched arrays with a reason', () => {
    const reasonOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof GraphError ? error.reason : 'other';
      }
      return 'none';
    };
    expect(reasonOf(() => graphOf(2, [[0, 2]]))).toBe('node-out-of-range');
    expect(reasonOf(() => graphOf(2, [[0, 1, 0]]))).toBe('bad-length');
    expect(reasonOf(() => graphOf(2, [[0, 1, Number.NaN]]))).toBe('bad-length');
    expect(reasonOf(() => buildCsrGraph({ nodeCount: 2, sources: [0], targets: [] }))).toBe('mismatched-arrays');
    expect(reasonOf(() => buildCsrGraph({ nodeCount: -1, sources: [], targets: [] }))).toBe('bad-node-count');
  });

  it('indexes string ids in first-seen order, keeping extra isolated people', () => {
    const { ids, edges } = indexEdges([{ a: 'x', b: 'y', length: 2 }], ['z']);
    expect(ids).toEqual(['z', 'x', 'y']);
    expect([...(edges.lengths ?? [])]).toEqual([2]);
  });
});
