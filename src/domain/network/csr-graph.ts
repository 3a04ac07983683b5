/**
 * A compact undirected graph in compressed sparse row form: the neighbours of node `v` are
 * `neighbours[offsets[v] .. offsets[v + 1])`, each with its length at the same index of `lengths` (when weighted).
 * Typed arrays keep the betweenness kernel's inner loops free of allocation and pointer chasing.
 */
import { DomainError } from '../common/domain-error';

export interface CsrGraph {
  nodeCount: number;
  /** Undirected edges kept (self-loops are dropped: they lie on no shortest path). */
  edgeCount: number;
  /** `nodeCount + 1` entries; arcs of node v are offsets[v] .. offsets[v + 1] - 1. */
  offsets: Int32Array;
  /** Target of each arc; every undirected edge appears as two arcs. */
  neighbours: Int32Array;
  /** Positive length of each arc, or null for an unweighted graph. */
  lengths: Float64Array | null;
}

export interface EdgeList {
  nodeCount: number;
  /** Endpoints of edge i are sources[i] and targets[i] (0-based node indices). */
  sources: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** Optional positive, finite length per edge (e.g. 1 / tie strength). */
  lengths?: ArrayLike<number>;
}

export type GraphErrorReason = 'node-out-of-range' | 'bad-length' | 'mismatched-arrays' | 'bad-node-count';

export class GraphError extends DomainError<GraphErrorReason> {}

/**
 * Builds the CSR form in two counting passes (no per-node arrays). Parallel edges are kept as separate edges, as
 * igraph keeps them: each is a distinct shortest path.
 */
export function buildCsrGraph(edges: EdgeList): CsrGraph {
  const { nodeCount, sources, targets, lengths } = edges;
  if (!Number.isInteger(nodeCount) || nodeCount < 0) {
    throw new GraphError('bad-node-count', `A graph needs a whole, non-negative node count; got ${nodeCount}.`);
  }
  if (sources.length !== targets.length || (lengths !== undefined && lengths.length !== sources.length)) {
    throw new GraphError('mismatched-arrays', 'Edge sources, targets and lengths must have the same number of entries.');
  }
  const degree = new Int32Array(nodeCount + 1);
  let edgeCount = 0;
  for (let i = 0; i < sources.length; i += 1) {
    const a = sources[i] as number;
    const b = targets[i] as number;
    if (!isNode(a, nodeCount) || !isNode(b, nodeCount)) {
      throw new GraphError('node-out-of-range', `Edge ${i} (${a}–${b}) names a node outside 0..${nodeCount - 1}.`);
    }
    if (lengths !== undefined) {
      const length = lengths[i] as number;
      if (!(length > 0) || !Number.isFinite(length)) {
        throw new GraphError('bad-length', `Edge ${i} has length ${length}; lengths must be positive and finite.`);
      }
    }
    if (a === b) continue;
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
    edgeCount += 1;
  }
  const offsets = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v += 1) offsets[v + 1] = (offsets[v] as number) + (degree[v] as number);
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(2 * edgeCount);
  const arcLengths = lengths === undefined ? null : new Float64Array(2 * edgeCount);
  for (let i = 0; i < sources.length; i += 1) {
    const a = sources[i] as number;
    const b = targets[i] as number;
    if (a === b) continue;
    const atA = fill[a] as number;
    const atB = fill[b] as number;
    neighbours[atA] = b;
    neighbours[atB] = a;
    if (arcLengths !== null) {
      const length = (lengths as ArrayLike<number>)[i] as number;
      arcLengths[atA] = length;
      arcLengths[atB] = length;
    }
    fill[a] = atA + 1;
    fill[b] = atB + 1;
  }
  return { nodeCount, edgeCount, offsets, neighbours, lengths: arcLengths };
}

/** Node indices for string ids, in first-seen order, and the edge list over them. */
export function indexEdges(pairs: ReadonlyArray<{ a: string; b: string; length?: number }>, extraNodeIds: readonly string[] = []) {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const intern = (id: string) => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = ids.length;
      indexOf.set(id, index);
      ids.push(id);
    }
    return index;
  };
  for (const id of extraNodeIds) intern(id);
  const sources = new Int32Array(pairs.length);
  const targets = new Int32Array(pairs.length);
  const weighted = pairs.some((pair) => pair.length !== undefined);
  const lengths = weighted ? new Float64Array(pairs.length) : undefined;
  pairs.forEach((pair, i) => {
    sources[i] = intern(pair.a);
    targets[i] = intern(pair.b);
    if (lengths !== undefined) lengths[i] = pair.length ?? 1;
  });
  return { ids, indexOf, edges: { nodeCount: ids.length, sources, targets, lengths } satisfies EdgeList };
}

function isNode(value: number, nodeCount: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < nodeCount;
}
