/**
 * Brandes' betweenness centrality for undirected graphs (Brandes 2001), exact or pivot-sampled (Brandes & Pich 2007).
 *
 * Raw values follow igraph's convention for undirected graphs: B(v) = Σ over unordered pairs {s, t}, s ≠ v ≠ t, of
 * σ_st(v) / σ_st (each pair counted once). `normalized: true` divides by the number of pairs not involving v,
 * (n − 1)(n − 2) / 2, as R igraph's `betweenness(normalized = TRUE)` and networkx do, giving values in [0, 1].
 * See README.md for the sampling error bound.
 */
import { seededRandom } from '../common/random';
import type { CsrGraph } from './csr-graph';
import { createWorkspace, accumulateUnweighted, accumulateWeighted, type Workspace } from './brandes-kernels';

export interface BetweennessOptions {
  normalized?: boolean;
}

export interface SamplingOptions extends BetweennessOptions {
  /** Largest absolute error allowed on normalised betweenness, for every node at once. */
  epsilon: number;
  /** Probability that some node's error exceeds epsilon. */
  delta: number;
  seed: number;
}

export interface BetweennessResult {
  /** One value per node, in node order. */
  values: Float64Array;
  exact: boolean;
  /** Sources whose shortest-path DAGs were accumulated (= nodeCount when exact). */
  pivots: number;
  /** The guarantee of a sampled result: P(max_v |b̂(v) − b(v)| > epsilon) ≤ delta on normalised values. */
  bound: { epsilon: number; delta: number } | null;
}

/** Exact betweenness: one BFS (unweighted) or Dijkstra (weighted) per node. */
export function exactBetweenness(graph: CsrGraph, options: BetweennessOptions = {}): Float64Array {
  const centrality = new Float64Array(graph.nodeCount);
  const workspace = createWorkspace(graph.nodeCount);
  for (let source = 0; source < graph.nodeCount; source += 1) accumulate(graph, source, workspace, centrality);
  // Each unordered pair was counted from both of its ends.
  return finish(centrality, 0.5, graph.nodeCount, options);
}

/**
 * Pivots for a uniform sample that meets (epsilon, delta) for all n nodes together: Hoeffding's inequality per node
 * (each pivot's contribution δ_s(v) / (n − 2) lies in [0, 1]) with a union bound over the n nodes:
 *   k = ⌈ (n / (n − 1))² · ln(2n / delta) / (2 · epsilon²) ⌉.
 */
export function pivotCount(nodeCount: number, epsilon: number, delta: number): number {
  if (!(epsilon > 0) || !(delta > 0 && delta < 1)) throw new RangeError('epsilon must be > 0 and delta in (0, 1).');
  if (nodeCount < 3) return nodeCount;
  const scale = nodeCount / (nodeCount - 1);
  return Math.ceil((scale * scale * Math.log((2 * nodeCount) / delta)) / (2 * epsilon * epsilon));
}

/**
 * Pivot-sampled betweenness: k sources drawn uniformly without replacement (Hoeffding's bound holds for sampling
 * without replacement too, Hoeffding 1963 §6), contributions scaled by n / k. Falls back to exact when k ≥ n.
 */
export function sampledBetweenness(graph: CsrGraph, options: SamplingOptions): BetweennessResult {
  const n = graph.nodeCount;
  const k = pivotCount(n, options.epsilon, options.delta);
  if (k >= n) return { values: exactBetweenness(graph, options), exact: true, pivots: n, bound: null };
  const random = seededRandom(options.seed);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  const centrality = new Float64Array(n);
  const workspace = createWorkspace(n);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random.next() * (n - i));
    const pivot = order[j] as number;
    order[j] = order[i] as number;
    order[i] = pivot;
    accumulate(graph, pivot, workspace, centrality);
  }
  return {
    values: finish(centrality, (0.5 * n) / k, n, options),
    exact: false,
    pivots: k,
    bound: { epsilon: options.epsilon, delta: options.delta },
  };
}

export interface AutoBetweennessOptions extends BetweennessOptions {
  /** Exact up to this many nodes (default 5,000), sampled beyond. */
  exactUpTo?: number;
  epsilon?: number;
  delta?: number;
  seed?: number;
}

/**
 * Exact for graphs up to `exactUpTo` nodes, pivot-sampled with the stated bound beyond. The default ε = 0.05 (δ = 0.05)
 * is enough to find the brokers that matter (normalised betweenness well above 0.05) at a cost of
 * ≈ 200 · ln(40 n) pivots (≈ 2,700 for 20,000 people); ask for a smaller ε when finer ranks are needed.
 */
export function betweenness(graph: CsrGraph, options: AutoBetweennessOptions = {}): BetweennessResult {
  const { exactUpTo = 5000, epsilon = 0.05, delta = 0.05, seed = 1 } = options;
  if (graph.nodeCount <= exactUpTo) {
    return { values: exactBetweenness(graph, options), exact: true, pivots: graph.nodeCount, bound: null };
  }
  return sampledBetweenness(graph, { normalized: options.normalized, epsilon, delta, seed });
}

function accumulate(graph: CsrGraph, source: number, workspace: Workspace, centrality: Float64Array): void {
  if (graph.lengths === null) accumulateUnweighted(graph, source, workspace, centrality);
  else accumulateWeighted(graph, source, workspace, centrality);
}

function finish(centrality: Float64Array, scale: number, n: number, options: BetweennessOptions): Float64Array {
  const pairs = ((n - 1) * (n - 2)) / 2;
  const factor = options.normalized === true ? (pairs > 0 ? scale / pairs : 0) : scale;
  for (let v = 0; v < n; v += 1) centrality[v] = (centrality[v] as number) * factor;
  return centrality;
}
