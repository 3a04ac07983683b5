/**
 * Betweenness on the generator's 5,000-person, 50,000-tie graph: our exact kernel beside python-igraph's
 * `Graph.betweenness()` on the same graph in the same run (target: within 2× of igraph, values equal within 1e-9).
 * Both timings are the median of 3 runs of the betweenness call alone.
 *
 *   npx tsx bench/signals/betweenness.ts [--people 5000] [--ties 50000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCsrGraph } from '../../src/domain/network/csr-graph';
import { exactBetweenness } from '../../src/domain/network/betweenness';
import { seededRandom } from '../../src/domain/common/random';
import { syntheticPeople } from '../../src/domain/signals/synthetic/synthetic-people';
import { syntheticTies } from '../../src/domain/signals/synthetic/synthetic-ties';

export interface BetweennessFigures {
  betweenness_s: number;
  igraph_s: number | null;
  betweenness_vs_igraph: number | null;
  max_abs_diff: number | null;
}

const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const log = (line: string) => process.stdout.write(`${line}\n`);

export async function benchBetweenness(options: { people?: number; ties?: number } = {}): Promise<BetweennessFigures> {
  const peopleCount = options.people ?? 5000;
  const tieCount = options.ties ?? 50_000;
  const people = syntheticPeople(peopleCount, 7);
  const ties = syntheticTies(people, { ties: tieCount, seed: 11 });
  const graph = buildCsrGraph({ nodeCount: people.length, sources: ties.a, targets: ties.b });
  log(`Betweenness, ${graph.nodeCount.toLocaleString('en')} nodes, ${graph.edgeCount.toLocaleString('en')} edges, median of ${RUNS} runs`);

  const times: number[] = [];
  let ours: Float64Array = new Float64Array(0);
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    ours = exactBetweenness(graph);
    times.push((performance.now() - started) / 1000);
  }
  const betweennessSeconds = median(times);
  log(`  tandem kernel        ${betweennessSeconds.toFixed(3)} s`);

  const python = findPython();
  const igraph = python === null ? null : runIgraph(python, graph.nodeCount, ties, null, RUNS);
  if (python === null || igraph === null) return { betweenness_s: betweennessSeconds, igraph_s: null, betweenness_vs_igraph: null, max_abs_diff: null };
  const maxAbsDiff = maxDifference(ours, igraph.values);
  const ratio = betweennessSeconds / igraph.seconds;
  log(`  python-igraph ${igraph.version.padEnd(7)}${igraph.seconds.toFixed(3)} s`);
  log(`  ratio tandem / igraph ${ratio.toFixed(2)} (target ≤ 2)`);
  log(`  max |difference|     ${maxAbsDiff.toExponential(2)} (target ≤ 1e-9)`);
  weightedCheck(python);
  return { betweenness_s: betweennessSeconds, igraph_s: igraph.seconds, betweenness_vs_igraph: ratio, max_abs_diff: maxAbsDiff };
}

/** The weighted kernel (Dijkstra, length = 1 / tie strength) against igraph's weighted betweenness on a smaller graph. */
function weightedCheck(python: string): void {
  const people = syntheticPeople(1000, 3);
  const ties = syntheticTies(people, { ties: 10_000, seed: 5 });
  const random = seededRandom(17);
  const lengths = Float64Array.from(ties.a, () => 1 / (0.05 + 0.95 * random.next()));
  const ours = exactBetweenness(buildCsrGraph({ nodeCount: people.length, sources: ties.a, targets: ties.b, lengths }));
  const igraph = runIgraph(python, people.length, ties, lengths, 1);
  if (igraph !== null) log(`  weighted check (1,000 nodes, 10,000 edges, length 1/strength): max |difference| ${maxDifference(ours, igraph.values).toExponential(2)}`);
}

function maxDifference(ours: Float64Array, theirs: readonly number[]): number {
  let max = 0;
  for (let v = 0; v < ours.length; v += 1) max = Math.max(max, Math.abs((ours[v] as number) - (theirs[v] as number)));
  return max;
}

function findPython(): string | null {
  const python = ['python3', '/usr/bin/python3'].find((candidate) => spawnSync(candidate, ['-c', 'import igraph']).status === 0);
  if (python === undefined) log('  python-igraph not found: install with: apt-get install python3-igraph');
  return python ?? null;
}

function runIgraph(python: string, nodeCount: number, ties: { a: Int32Array; b: Int32Array }, lengths: Float64Array | null, runs: number) {
  const directory = mkdtempSync(join(tmpdir(), 'tandem-betweenness-'));
  try {
    const edgesFile = join(directory, 'edges.txt');
    const outputFile = join(directory, 'values.txt');
    const lines: string[] = [String(nodeCount)];
    // Lengths as shortest round-trip decimals, so igraph reads exactly the doubles we used.
    for (let i = 0; i < ties.a.length; i += 1) lines.push(lengths === null ? `${ties.a[i]} ${ties.b[i]}` : `${ties.a[i]} ${ties.b[i]} ${lengths[i]}`);
    writeFileSync(edgesFile, `${lines.join('\n')}\n`);
    const script = fileURLToPath(new URL('./igraph_betweenness.py', import.meta.url));
    const output = execFileSync(python, [script, edgesFile, outputFile, String(runs)], { encoding: 'utf8' });
    const report = JSON.parse(output.trim().split('\n').at(-1) as string) as { times_s: number[]; igraph_version: string };
    const values = readFileSync(outputFile, 'utf8').trim().split('\n').map(Number);
    return { seconds: median(report.times_s), version: report.igraph_version, values };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : undefined;
  };
  const figures = await benchBetweenness({ people: arg('people'), ties: arg('ties') });
  log(JSON.stringify(figures));
}
