/**
 * Accuracy and speed of the offline text coder (src/domain/research/coder) with the built-in codebook. Prints top-1 and
 * top-3 accuracy on the evaluation set (codebook only, and 5-fold: each fold coded by a coder trained on the other
 * four), on the held-out set (codebook only, and after learning from the whole evaluation set), accuracy per construct
 * family, the time to build a coder, and the suggest rate; then one JSON line with all of the figures.
 *
 *   npm run eval:coder -- [--texts 10000] [--folds 5]
 */
import { BUILTIN_CODEBOOK } from '../src/domain/research/codebook/builtin-codebook';
import { codableCodes } from '../src/domain/research/codebook/codebook-structure';
import { EVAL_SET } from '../src/domain/research/coder/eval-set';
import { accuracyByFamily, crossValidateCoder, evaluateCoder, type CoderEvaluation } from '../src/domain/research/coder/evaluate-coder';
import { HELDOUT_SET } from '../src/domain/research/coder/heldout-set';
import { createTextCoder } from '../src/domain/research/coder/text-coder';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const textCount = arg('texts', 10_000);
const folds = arg('folds', 5);
const log = (line: string) => process.stdout.write(`${line}\n`);
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;
const line = (label: string, e: CoderEvaluation) => log(`${label.padEnd(46)} top-1 ${pct(e.top1).padStart(6)}   top-3 ${pct(e.top3).padStart(6)}   (n = ${e.n})`);

const codes = codableCodes(BUILTIN_CODEBOOK);
log(`Codebook: ${BUILTIN_CODEBOOK.length} codes, ${codes.length} codable; evaluation set ${EVAL_SET.length} sentences, held-out set ${HELDOUT_SET.length}.`);

const buildStart = performance.now();
const coder = createTextCoder({ codes });
const buildMs = performance.now() - buildStart;
const trainedStart = performance.now();
const trainedCoder = createTextCoder({ codes, training: EVAL_SET });
const trainedBuildMs = performance.now() - trainedStart;

const evalSet = evaluateCoder(coder, EVAL_SET);
const crossValidated = crossValidateCoder(codes, EVAL_SET, folds);
const heldOut = evaluateCoder(coder, HELDOUT_SET);
const heldOutTrained = evaluateCoder(trainedCoder, HELDOUT_SET);
const withoutSpeaker = evaluateCoder(coder, EVAL_SET.map(({ text, codeId }) => ({ text, codeId })));

log('');
line('evaluation set, codebook only', evalSet);
line('evaluation set, codebook only, no speaker', withoutSpeaker);
line(`evaluation set, ${folds}-fold trained on other folds`, crossValidated);
line('held-out set, codebook only', heldOut);
line('held-out set, trained on the evaluation set', heldOutTrained);

log('');
log('Per construct family (evaluation set, codebook only → 5-fold trained):');
const families = accuracyByFamily(evalSet);
const familiesTrained = accuracyByFamily(crossValidated);
for (const [family, accuracy] of Object.entries(families)) {
  const trained = familiesTrained[family];
  log(`  ${family.padEnd(15)} n=${String(accuracy.n).padStart(3)}  top-1 ${pct(accuracy.top1).padStart(6)} → ${pct(trained?.top1 ?? 0).padStart(6)}   top-3 ${pct(accuracy.top3).padStart(6)} → ${pct(trained?.top3 ?? 0).padStart(6)}`);
}

// Speed: cycle through both sets' sentences with their speakers; warm up first so the figure is the steady state.
const pool = [...EVAL_SET, ...HELDOUT_SET];
for (let i = 0; i < 2_000; i++) coder.suggest(pool[i % pool.length] as (typeof pool)[number]);
let checksum = 0;
const start = performance.now();
for (let i = 0; i < textCount; i++) checksum += coder.suggest(pool[i % pool.length] as (typeof pool)[number], 3).length;
const elapsedMs = performance.now() - start;
const textsPerSecond = textCount / (elapsedMs / 1000);
const msPerText = elapsedMs / textCount;
const longText = pool.map((s) => s.text).join(' ').repeat(20);
const longStart = performance.now();
coder.suggest({ text: longText });
const longMs = performance.now() - longStart;

log('');
log(`Build: ${buildMs.toFixed(1)} ms codebook only, ${trainedBuildMs.toFixed(1)} ms with ${EVAL_SET.length} coded segments.`);
log(`Suggest: ${textCount} texts in ${elapsedMs.toFixed(0)} ms = ${Math.round(textsPerSecond)} texts/s, ${(msPerText * 1000).toFixed(1)} µs per text (${checksum} suggestions).`);
log(`Long text: ${longText.length} characters (read up to the cap) in ${longMs.toFixed(2)} ms.`);

const figures = (e: CoderEvaluation) => ({ top1: round(e.top1), top3: round(e.top3), n: e.n });
log(
  JSON.stringify({
    evalSet: figures(evalSet),
    evalSetNoSpeaker: figures(withoutSpeaker),
    crossValidated: { folds, ...figures(crossValidated) },
    heldOut: figures(heldOut),
    heldOutTrained: figures(heldOutTrained),
    families: Object.fromEntries(Object.entries(families).map(([family, a]) => [family, { top1: round(a.top1), top3: round(a.top3), n: a.n }])),
    buildMs: round(buildMs, 1),
    textsPerSecond: Math.round(textsPerSecond),
    msPerText: round(msPerText, 4),
    longTextMs: round(longMs, 2),
  }),
);
