import { buildCoderModel, type CoderModel } from './coder-model';
import { DEFAULT_TUNING, type CoderTuning } from './coder-tuning';
import type { CodeSuggestion, SuggestInput, TextCoder, TextCoderOptions } from './coder-types';
import { textFeatures } from './text-features';

export type { CodedSegment, CoderCode, CodeSuggestion, SuggestInput, TextCoder, TextCoderOptions } from './coder-types';

/**
 * An offline, deterministic coder that suggests codes for a text segment. Each code is a small language model built
 * from its name, definition and examples, mixed with the segments people have coded with it (the mix leans towards
 * the coded segments as they accumulate). A text is scored by how much better each code's model explains its words and
 * word pairs than the background does, plus a prior for the speaker's function and level; the scores are turned into
 * posterior shares with a softmax. See coder-model.ts for the details.
 */
export function createTextCoder(options: TextCoderOptions): TextCoder {
  const tuning: CoderTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const model = buildCoderModel(options.codes, options.training ?? [], tuning);
  return { suggest: (input, top = 3) => suggestCodes(model, tuning, input, top) };
}

function suggestCodes(model: CoderModel, tuning: CoderTuning, input: SuggestInput, top: number): CodeSuggestion[] {
  const wanted = Math.floor(top);
  if (!(wanted > 0) || typeof input.text !== 'string') return [];

  // Query weights: 1 + ln(count) per known feature, so a word repeated ten times is not ten times the evidence.
  const counts = new Map<number, number>();
  for (const feature of textFeatures(input.text)) {
    const termIndex = model.termIndex.get(feature);
    if (termIndex !== undefined) counts.set(termIndex, (counts.get(termIndex) ?? 0) + 1);
  }
  if (counts.size === 0) return [];

  const codeCount = model.codeIds.length;
  const logLikelihoodRatio = new Float64Array(codeCount);
  let queryWeight = 0;
  for (const [termIndex, count] of counts) {
    const weight = 1 + Math.log(count);
    queryWeight += weight;
    const postings = model.postings[termIndex];
    if (postings === undefined) continue;
    for (let p = 0; p < postings.codes.length; p++) {
      const codeIndex = postings.codes[p] as number;
      logLikelihoodRatio[codeIndex] = (logLikelihoodRatio[codeIndex] as number) + weight * (postings.gains[p] as number);
    }
  }

  // Longer texts carry more evidence, but not linearly more certainty: the temperature grows with sqrt(length).
  const temperature = tuning.temperature * Math.sqrt(queryWeight);
  const logits = new Float64Array(codeCount);
  let maxLogit = -Infinity;
  for (let c = 0; c < codeCount; c++) {
    if (!model.hasEvidence[c]) {
      logits[c] = -Infinity;
      continue;
    }
    const absentTotal = queryWeight * (model.absentLogRatio[c] as number);
    const prior = model.speakerPrior(c, input.function, input.level);
    const logit = ((logLikelihoodRatio[c] as number) + absentTotal) / temperature + prior;
    logits[c] = logit;
    if (logit > maxLogit) maxLogit = logit;
  }
  if (maxLogit === -Infinity) return [];

  let total = 0;
  const shares = new Float64Array(codeCount);
  for (let c = 0; c < codeCount; c++) {
    const share = Math.exp((logits[c] as number) - maxLogit);
    shares[c] = share;
    total += share;
  }
  return topCodes(model, shares, wanted).map((c) => ({ code: model.codeIds[c] as string, score: (shares[c] as number) / total }));
}

/**
 * The indices of the `wanted` codes with the largest shares, largest first, equal shares in code-id order; codes with
 * no evidence are never among them. Suggestions usually ask for a handful, so a partial insertion sort keeps this
 * linear in the size of the codebook; asking for all of them sorts them all.
 */
function topCodes(model: CoderModel, shares: Float64Array, wanted: number): number[] {
  const { codeIds, hasEvidence } = model;
  const before = (a: number, b: number) => {
    const difference = (shares[a] as number) - (shares[b] as number);
    return difference > 0 || (difference === 0 && (codeIds[a] as string) < (codeIds[b] as string));
  };
  const candidates: number[] = [];
  for (let c = 0; c < shares.length; c++) if (hasEvidence[c]) candidates.push(c);
  if (wanted >= candidates.length) return candidates.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const best: number[] = [];
  for (const c of candidates) {
    if (best.length === wanted && !before(c, best[wanted - 1] as number)) continue;
    let at = best.length === wanted ? wanted - 1 : best.length;
    while (at > 0 && before(c, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = c;
  }
  return best;
}
