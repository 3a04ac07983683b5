/**
 * Community detection by the Louvain method (Blondel et al. 2008): move single nodes to the neighbouring community
 * with the largest modularity gain until none helps, merge each community into one node, repeat. Node order is
 * shuffled from a seed, so results are reproducible. Modularity (Newman & Girvan 2004) with resolution γ:
 *   Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ].
 */
import { seededRandom, type Random } from '../common/random';

export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

export interface LouvainResult {
  /** Community of each node, numbered 0.. in order of each community's lowest node. */
  community: Int32Array;
  communityCount: number;
  modularity: number;
}

interface LevelGraph {
  nodeCount: number;
  /** Neighbour lists with weights; a self-loop weight holds twice the internal weight (so Σ A_ij = 2m). */
  neighbours: number[][];
  weights: number[][];
  degree: Float64Array;
}

const MIN_GAIN = 1e-12;

export function louvain(nodeCount: number, edges: readonly WeightedEdge[], options: { seed: number; resolution?: number }): LouvainResult {
  const resolution = options.resolution ?? 1;
  const random = seededRandom(options.seed);
  let graph = levelGraph(nodeCount, edges);
  const totalWeight = graph.degree.reduce((sum, k) => sum + k, 0);
  const membership = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v += 1) membership[v] = v;
  if (totalWeight === 0) return finish(membership, nodeCount, edges, resolution);

  for (;;) {
    const { assignment, moved } = moveNodes(graph, totalWeight, resolution, random);
    if (!moved) break;
    const { renumbered, count } = renumber(assignment);
    for (let v = 0; v < nodeCount; v += 1) membership[v] = renumbered[membership[v] as number] as number;
    graph = aggregate(graph, renumbered, count);
  }
  return finish(membership, nodeCount, edges, resolution);
}

/** Q of a partition (used for the result and by tests as an independent check). */
export function modularity(nodeCount: number, edges: readonly WeightedEdge[], community: ArrayLike<number>, resolution = 1): number {
  const degree = new Float64Array(nodeCount);
  let twiceTotal = 0;
  let inside = 0;
  for (const { a, b, weight } of edges) {
    degree[a] = (degree[a] as number) + weight;
    degree[b] = (degree[b] as number) + weight;
    twiceTotal += 2 * weight;
    if (community[a] === community[b]) inside += 2 * weight;
  }
  if (twiceTotal === 0) return 0;
  const totals = new Map<number, number>();
  for (let v = 0; v < nodeCount; v += 1) totals.set(community[v] as number, (totals.get(community[v] as number) ?? 0) + (degree[v] as number));
  let expected = 0;
  for (const total of totals.values()) expected += (total / twiceTotal) ** 2;
  return inside / twiceTotal - resolution * expected;
}

function levelGraph(nodeCount: number, edges: readonly WeightedEdge[]): LevelGraph {
  const neighbours = Array.from({ length: nodeCount }, () => [] as number[]);
  const weights = Array.from({ length: nodeCount }, () => [] as number[]);
  const degree = new Float64Array(nodeCount);
  for (const { a, b, weight } of edges) {
    if (!(weight > 0)) continue;
    if (a === b) {
      (neighbours[a] as number[]).push(a);
      (weights[a] as number[]).push(2 * weight);
      degree[a] = (degree[a] as number) + 2 * weight;
      continue;
    }
    (neighbours[a] as number[]).push(b);
    (weights[a] as number[]).push(weight);
    (neighbours[b] as number[]).push(a);
    (weights[b] as number[]).push(weight);
    degree[a] = (degree[a] as number) + weight;
    degree[b] = (degree[b] as number) + weight;
  }
  return { nodeCount, neighbours, weights, degree };
}

function moveNodes(graph: LevelGraph, twiceTotal: number, resolution: number, random: Random) {
  const n = graph.nodeCount;
  const assignment = new Int32Array(n);
  const communityTotal = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    assignment[v] = v;
    communityTotal[v] = graph.degree[v] as number;
  }
  const order = shuffled(n, random);
  const linkTo = new Float64Array(n);
  const touched: number[] = [];
  let moved = false;
  let improved = true;
  while (improved) {
    improved = false;
    for (const v of order) {
      const own = assignment[v] as number;
      const k = graph.degree[v] as number;
      const around = graph.neighbours[v] as number[];
      const weightsAround = graph.weights[v] as number[];
      for (let i = 0; i < around.length; i += 1) {
        const u = around[i] as number;
        if (u === v) continue;
        const c = assignment[u] as number;
        if (linkTo[c] === 0) touched.push(c);
        linkTo[c] = (linkTo[c] as number) + (weightsAround[i] as number);
      }
      communityTotal[own] = (communityTotal[own] as number) - k;
      const gain = (c: number) => (linkTo[c] as number) - (resolution * (communityTotal[c] as number) * k) / twiceTotal;
      let best = own;
      let bestGain = gain(own);
      for (const c of touched) {
        const candidate = gain(c);
        if (candidate > bestGain + MIN_GAIN) {
          best = c;
          bestGain = candidate;
        }
      }
      communityTotal[best] = (communityTotal[best] as number) + k;
      if (best !== own) {
        assignment[v] = best;
        moved = true;
        improved = true;
      }
      for (const c of touched) linkTo[c] = 0;
      touched.length = 0;
    }
  }
  return { assignment, moved };
}

function renumber(assignment: Int32Array) {
  const renumbered = new Int32Array(assignment.length);
  const numberOf = new Map<number, number>();
  for (let v = 0; v < assignment.length; v += 1) {
    const c = assignment[v] as number;
    let number = numberOf.get(c);
    if (number === undefined) {
      number = numberOf.size;
      numberOf.set(c, number);
    }
    renumbered[v] = number;
  }
  return { renumbered, count: numberOf.size };
}

function aggregate(graph: LevelGraph, community: Int32Array, count: number): LevelGraph {
  const links = Array.from({ length: count }, () => new Map<number, number>());
  for (let v = 0; v < graph.nodeCount; v += 1) {
    const from = community[v] as number;
    const around = graph.neighbours[v] as number[];
    const weightsAround = graph.weights[v] as number[];
    for (let i = 0; i < around.length; i += 1) {
      const to = community[around[i] as number] as number;
      const map = links[from] as Map<number, number>;
      map.set(to, (map.get(to) ?? 0) + (weightsAround[i] as number));
    }
  }
  const neighbours = links.map((map) => [...map.keys()]);
  const weights = links.map((map) => [...map.values()]);
  const degree = new Float64Array(count);
  weights.forEach((list, c) => (degree[c] = list.reduce((sum, w) => sum + w, 0)));
  return { nodeCount: count, neighbours, weights, degree };
}

function finish(membership: Int32Array, nodeCount: number, edges: readonly WeightedEdge[], resolution: number): LouvainResult {
  const { renumbered, count } = renumber(membership);
  return { community: renumbered, communityCount: count, modularity: modularity(nodeCount, edges, renumbered, resolution) };
}

function shuffled(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
