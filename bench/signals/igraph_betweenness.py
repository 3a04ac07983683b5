"""Betweenness of an undirected edge list with python-igraph, for bench/signals/betweenness.ts.

Usage: python3 igraph_betweenness.py EDGES_FILE OUTPUT_FILE [RUNS]
EDGES_FILE: first line the node count, then one "a b" pair of 0-based node indices per line, optionally followed
by a positive edge length ("a b length"), in which case the weighted betweenness is computed.
Writes one value per line (repr, full precision) to OUTPUT_FILE and prints one JSON line with the times of the
betweenness call alone (file reading and start-up excluded).
"""
import json
import sys
import time

try:
    import igraph
except ImportError:
    print(json.dumps({"error": "python-igraph is not installed (install with: apt-get install python3-igraph)"}))
    sys.exit(3)


def main() -> None:
    edges_file, output_file = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(edges_file) as handle:
        node_count = int(handle.readline())
        rows = [line.split() for line in handle if line.strip()]
    edges = [(int(row[0]), int(row[1])) for row in rows]
    weights = [float(row[2]) for row in rows] if rows and len(rows[0]) > 2 else None
    graph = igraph.Graph(n=node_count, edges=edges, directed=False)
    times = []
    values = None
    for _ in range(runs):
        started = time.perf_counter()
        values = graph.betweenness(directed=False, weights=weights)
        times.append(time.perf_counter() - started)
    with open(output_file, "w") as handle:
        handle.write("\n".join(repr(float(value)) for value in values))
    print(json.dumps({"times_s": times, "igraph_version": igraph.__version__}))


if __name__ == "__main__":
    main()
