import { createTextCoder, type CodedSegment, type CoderCode, type TextCoder, type TextCoderOptions } from './text-coder';

/** One labelled sentence: what an informant said, the code a researcher gave it, and who said it. */
export type EvalSentence = CodedSegment;

/** Hit counts for one code, or one family of codes. */
export interface CodeAccuracy {
  readonly n: number;
  /** Share of its sentences whose first suggestion is the labelled code. */
  readonly top1: number;
  /** Share of its sentences with the labelled code among the first three suggestions. */
  readonly top3: number;
}

export interface CoderEvaluation extends CodeAccuracy {
  readonly perCode: Readonly<Record<string, CodeAccuracy>>;
}

/** Top-1 and top-3 accuracy of a coder on labelled sentences, overall and per labelled code. */
export function evaluateCoder(coder: TextCoder, set: readonly EvalSentence[]): CoderEvaluation {
  const tallies = new Map<string, { n: number; top1: number; top3: number }>();
  for (const sentence of set) {
    const suggested = coder.suggest({ text: sentence.text, function: sentence.function, level: sentence.level }, 3).map((s) => s.code);
    const tally = tallies.get(sentence.codeId) ?? { n: 0, top1: 0, top3: 0 };
    tally.n++;
    if (suggested[0] === sentence.codeId) tally.top1++;
    if (suggested.includes(sentence.codeId)) tally.top3++;
    tallies.set(sentence.codeId, tally);
  }
  return summarise(tallies);
}

/**
 * k-fold cross-validation of learning: sentence i goes to fold i mod k; each fold is coded by a coder that knows the
 * codes and was trained on the other folds' sentences. Hits are pooled over all folds.
 */
export function crossValidateCoder(
  codes: readonly CoderCode[],
  set: readonly EvalSentence[],
  folds: number,
  options: Pick<TextCoderOptions, 'tuning'> = {},
): CoderEvaluation {
  const k = Math.max(2, Math.floor(folds));
  const tallies = new Map<string, { n: number; top1: number; top3: number }>();
  for (let fold = 0; fold < k; fold++) {
    const heldOut = set.filter((_, i) => i % k === fold);
    const training = set.filter((_, i) => i % k !== fold);
    const foldResult = evaluateCoder(createTextCoder({ codes, training, tuning: options.tuning }), heldOut);
    for (const [codeId, accuracy] of Object.entries(foldResult.perCode)) {
      const tally = tallies.get(codeId) ?? { n: 0, top1: 0, top3: 0 };
      tally.n += accuracy.n;
      tally.top1 += Math.round(accuracy.top1 * accuracy.n);
      tally.top3 += Math.round(accuracy.top3 * accuracy.n);
      tallies.set(codeId, tally);
    }
  }
  return summarise(tallies);
}

/** Accuracy pooled by construct family, the id's prefix before the first dot (buyin, linkage, tension, …). */
export function accuracyByFamily(evaluation: CoderEvaluation): Record<string, CodeAccuracy> {
  const tallies = new Map<string, { n: number; top1: number; top3: number }>();
  for (const [codeId, accuracy] of Object.entries(evaluation.perCode)) {
    const family = codeId.split('.')[0] as string;
    const tally = tallies.get(family) ?? { n: 0, top1: 0, top3: 0 };
    tally.n += accuracy.n;
    tally.top1 += accuracy.top1 * accuracy.n;
    tally.top3 += accuracy.top3 * accuracy.n;
    tallies.set(family, tally);
  }
  return Object.fromEntries([...tallies].map(([family, t]) => [family, { n: t.n, top1: t.top1 / t.n, top3: t.top3 / t.n }]));
}

function summarise(tallies: ReadonlyMap<string, { n: number; top1: number; top3: number }>): CoderEvaluation {
  let n = 0;
  let top1 = 0;
  let top3 = 0;
  const perCode: Record<string, CodeAccuracy> = {};
  for (const [codeId, tally] of [...tallies].sort(([a], [b]) => (a < b ? -1 : 1))) {
    n += tally.n;
    top1 += tally.top1;
    top3 += tally.top3;
    perCode[codeId] = { n: tally.n, top1: tally.top1 / tally.n, top3: tally.top3 / tally.n };
  }
  return { n, top1: n === 0 ? 0 : top1 / n, top3: n === 0 ? 0 : top3 / n, perCode };
}
