/**
 * The inner loops of Brandes' algorithm, hand-tuned: every buffer is a typed array allocated once per run and reset
 * only where the last source touched it; predecessors are found again from distances in the backward pass instead
 * of being stored, so no per-node lists exist.
 */
import type { CsrGraph } from './csr-graph';

export interface Workspace {
  /** BFS levels (-1 = not reached) — unweighted runs. */
  level: Int32Array;
  /** Shortest distances (Infinity = not reached) — weighted runs. */
  distance: Float64Array;
  /** Number of shortest paths from the source. */
  sigma: Float64Array;
  /** Dependency of the source on each node. */
  dependency: Float64Array;
  /** Nodes in the order they were settled (non-decreasing distance). */
  order: Int32Array;
  /** Binary min-heap of nodes keyed by distance, and each node's slot in it (-1 absent, -2 settled). */
  heap: Int32Array;
  slot: Int32Array;
}

export function createWorkspace(nodeCount: number): Workspace {
  const level = new Int32Array(nodeCount).fill(-1);
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const slot = new Int32Array(nodeCount).fill(-1);
  return {
    level,
    distance,
    sigma: new Float64Array(nodeCount),
    dependency: new Float64Array(nodeCount),
    order: new Int32Array(nodeCount),
    heap: new Int32Array(nodeCount),
    slot,
  };
}

/** Adds the dependencies of `source` to `centrality` (BFS; every arc has length 1). */
export function accumulateUnweighted(graph: CsrGraph, source: number, workspace: Workspace, centrality: Float64Array): void {
  const { offsets, neighbours } = graph;
  const { level, sigma, dependency, order } = workspace;
  level[source] = 0;
  sigma[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++] as number;
    const next = (level[v] as number) + 1;
    const pathsToV = sigma[v] as number;
    const end = offsets[v + 1] as number;
    for (let arc = offsets[v] as number; arc < end; arc += 1) {
      const w = neighbours[arc] as number;
      const levelOfW = level[w] as number;
      if (levelOfW < 0) {
        level[w] = next;
        sigma[w] = pathsToV;
        order[tail++] = w;
      } else if (levelOfW === next) {
        sigma[w] = (sigma[w] as number) + pathsToV;
      }
    }
  }
  // Backward pass, pulling from successors: δ(v) = σ(v) · Σ_{w : level(w) = level(v) + 1} (1 + δ(w)) / σ(w).
  // `dependency` holds (1 + δ(w)) / σ(w) once w is done, so each node is written once and read by its predecessors.
  for (let i = tail - 1; i > 0; i -= 1) {
    const v = order[i] as number;
    const following = (level[v] as number) + 1;
    let pulled = 0;
    const end = offsets[v + 1] as number;
    for (let arc = offsets[v] as number; arc < end; arc += 1) {
      const w = neighbours[arc] as number;
      if (level[w] === following) pulled += dependency[w] as number;
    }
    const pathsToV = sigma[v] as number;
    const dependencyOfV = pathsToV * pulled;
    centrality[v] = (centrality[v] as number) + dependencyOfV;
    dependency[v] = (1 + dependencyOfV) / pathsToV;
  }
  // Only levels need resetting: every reached node's dependency is written before any predecessor reads it.
  for (let i = 0; i < tail; i += 1) level[order[i] as number] = -1;
}

/** Relative tolerance under which two path lengths are the same length (igraph's shortest-path epsilon). */
const EPSILON = 1e-10;
const sameLength = (a: number, b: number) => Math.abs(a - b) <= EPSILON * (a + b);

/** Adds the dependencies of `source` to `centrality` (Dijkstra with an indexed binary heap). */
export function accumulateWeighted(graph: CsrGraph, source: number, workspace: Workspace, centrality: Float64Array): void {
  const { offsets, neighbours } = graph;
  const lengths = graph.lengths as Float64Array;
  const { distance, sigma, dependency, order, heap, slot } = workspace;
  distance[source] = 0;
  sigma[source] = 1;
  heap[0] = source;
  slot[source] = 0;
  let heapSize = 1;
  let settled = 0;
  while (heapSize > 0) {
    const v = heap[0] as number;
    heapSize -= 1;
    if (heapSize > 0) siftDown(heap, slot, distance, heap[heapSize] as number, 0, heapSize);
    slot[v] = -2;
    order[settled++] = v;
    const distanceToV = distance[v] as number;
    const pathsToV = sigma[v] as number;
    const end = offsets[v + 1] as number;
    for (let arc = offsets[v] as number; arc < end; arc += 1) {
      const w = neighbours[arc] as number;
      const where = slot[w] as number;
      if (where === -2) continue;
      const alternative = distanceToV + (lengths[arc] as number);
      if (where === -1) {
        distance[w] = alternative;
        sigma[w] = pathsToV;
        siftUp(heap, slot, distance, w, heapSize);
        heapSize += 1;
      } else {
        const current = distance[w] as number;
        if (sameLength(alternative, current)) {
          sigma[w] = (sigma[w] as number) + pathsToV;
        } else if (alternative < current) {
          distance[w] = alternative;
          sigma[w] = pathsToV;
          siftUp(heap, slot, distance, w, where);
        }
      }
    }
  }
  for (let i = settled - 1; i > 0; i -= 1) {
    const w = order[i] as number;
    const distanceToW = distance[w] as number;
    const coefficient = (1 + (dependency[w] as number)) / (sigma[w] as number);
    const end = offsets[w + 1] as number;
    for (let arc = offsets[w] as number; arc < end; arc += 1) {
      const v = neighbours[arc] as number;
      const distanceToV = distance[v] as number;
      if (distanceToV < distanceToW && sameLength(distanceToV + (lengths[arc] as number), distanceToW)) {
        dependency[v] = (dependency[v] as number) + (sigma[v] as number) * coefficient;
      }
    }
    centrality[w] = (centrality[w] as number) + (dependency[w] as number);
  }
  for (let i = 0; i < settled; i += 1) {
    const v = order[i] as number;
    distance[v] = Infinity;
    dependency[v] = 0;
    slot[v] = -1;
  }
}

/** Moves `node` up from slot `at` to its place (the slot may be the new last one). */
function siftUp(heap: Int32Array, slot: Int32Array, key: Float64Array, node: number, at: number): void {
  const nodeKey = key[node] as number;
  while (at > 0) {
    const parentAt = (at - 1) >> 1;
    const parent = heap[parentAt] as number;
    if ((key[parent] as number) <= nodeKey) break;
    heap[at] = parent;
    slot[parent] = at;
    at = parentAt;
  }
  heap[at] = node;
  slot[node] = at;
}

/** Places `node` at slot `at` and moves it down within the first `size` slots. */
function siftDown(heap: Int32Array, slot: Int32Array, key: Float64Array, node: number, at: number, size: number): void {
  const nodeKey = key[node] as number;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && (key[heap[right] as number] as number) < (key[heap[child] as number] as number)) child = right;
    const childNode = heap[child] as number;
    if ((key[childNode] as number) >= nodeKey) break;
    heap[at] = childNode;
    slot[childNode] = at;
    at = child;
  }
  heap[at] = node;
  slot[node] = at;
}
