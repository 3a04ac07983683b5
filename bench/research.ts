/**
 * Research workbench figures: agreement time for 100,000 units × 5 coders for every metric (target: under 1 s
 * each), and the offline coder's suggest rate. Prints each figure, then one JSON line.
 *
 *   npm run bench:research -- [--units 100000] [--coders 5] [--runs 5]
 */
import { BUILTIN_CODEBOOK } from '../src/domain/research/codebook/builtin-codebook';
import { createTextCoder } from '../src/domain/research/coder/text-coder';
import { computeAgreement } from '../src/domain/research/compute-agreement';
import { seededRandom } from '../src/domain/common/random';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const unitCount = arg('units', 100_000);
const coderCount = arg('coders', 5);
const runs = arg('runs', 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const log = (line: string) => process.stdout.write(`${line}\n`);

// Reliability data like a real coding study: 8 categories, coders agree ~75% of the time, 3% missing cells.
const random = seededRandom(42);
const categories = ['1', '2', '3', '4', '5', '6', '7', '8'];
const units = Array.from({ length: unitCount }, () => {
  const truth = random.pick(categories);
  return Array.from({ length: coderCount }, () => (random.chance(0.03) ? null : random.chance(0.75) ? truth : random.pick(categories)));
});
const data = { coders: Array.from({ length: coderCount }, (_, i) => `coder ${i + 1}`), units };

log(`Agreement, ${unitCount.toLocaleString('en')} units × ${coderCount} coders, median of ${runs} runs (target < 1,000 ms each)`);
const figures: Record<string, number> = {};
const metrics = [
  ['percent', {}],
  ['holsti', {}],
  ['cohen', { weights: 'none' }],
  ['cohen', { weights: 'quadratic' }],
  ['fleiss', {}],
  ['brennan-prediger', {}],
  ['krippendorff', { level: 'nominal' }],
  ['krippendorff', { level: 'interval' }],
  ['prl', {}],
] as const;
for (const [metric, extra] of metrics) {
  const times: number[] = [];
  let value: number | null = null;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    value = computeAgreement(data, { metric, ...extra } as Parameters<typeof computeAgreement>[1]).value;
    times.push(performance.now() - started);
  }
  const key = [metric, ...Object.values(extra)].join('_').replaceAll('-', '_');
  figures[`agreement_${key}_ms`] = Math.round(median(times));
  log(`  ${key.padEnd(24)} ${median(times).toFixed(0).padStart(5)} ms   value ${value?.toFixed(4)}`);
}
const slowest = Math.max(...Object.values(figures));
log(`  slowest metric: ${slowest} ms (${slowest < 1000 ? 'within' : 'over'} the 1 s target)`);

const coder = createTextCoder({ codes: BUILTIN_CODEBOOK });
const texts = BUILTIN_CODEBOOK.flatMap((c) => c.examples.map((e) => `${e}, and that is what we see in the field every quarter`));
const total = 10_000;
coder.suggest({ text: 'warm up the coder' });
const started = performance.now();
for (let i = 0; i < total; i++) coder.suggest({ text: texts[i % texts.length] as string, function: i % 2 ? 'sales' : 'marketing' }, 5);
const seconds = (performance.now() - started) / 1000;
log(`Suggest: ${Math.round(total / seconds).toLocaleString('en')} texts/s (${((seconds * 1000) / total).toFixed(3)} ms per text; target < 50 ms)`);

log(JSON.stringify({ units: unitCount, coders: coderCount, ...figures, agreement_slowest_ms: slowest, suggest_texts_per_s: Math.round(total / seconds), suggest_ms_per_text: Number(((seconds * 1000) / total).toFixed(3)) }));
