import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../../org/types';
import { CoderInputError } from './coder-error';
import type { CoderTuning } from './coder-tuning';
import type { CodedSegment, CoderCode } from './coder-types';
import { textFeatures } from './text-features';

/** The codes that contain one feature, with how much each gains when a text uses it. */
export interface Postings {
  readonly codes: Int32Array;
  readonly gains: Float64Array;
}

/** The trained coder: everything `suggest` needs, precomputed so a suggestion costs one pass over the text's features. */
export interface CoderModel {
  readonly codeIds: readonly string[];
  readonly termIndex: ReadonlyMap<string, number>;
  readonly postings: readonly Postings[];
  /** Per code: log P(feature | code) / P(feature | background) for any feature the code has never seen. */
  readonly absentLogRatio: Float64Array;
  /** Per code: false when it has neither codebook text nor coded segments, so it can never be suggested. */
  readonly hasEvidence: readonly boolean[];
  speakerPrior(codeIndex: number, speakerFunction: PersonFunction | undefined, speakerLevel: Level | undefined): number;
}

/** Learned speaker effects are capped so a handful of segments cannot swamp what the text says. */
const MAX_LEARNED_LOG_PRIOR = Math.log(3);

/**
 * Builds, for every code, two smoothed unigram-and-bigram language models (query likelihood with Dirichlet smoothing
 * towards one shared background): one from the code's name, definition and examples, one from the segments coded with
 * it. A text's score for a code is the log-likelihood ratio of the text under the code against the background, the
 * two models' ratios mixed as (1 − λ) · codebook + λ · segments with λ = n / (n + κ): n the code's coded segments, κ
 * `trainingHalfWeightAt`. So a code with no segments is judged by its codebook text alone, and its own segments take
 * over as they accumulate. For a model with text length L and smoothing μ, the ratio splits into a per-code constant for
 * each feature the model has never seen, log(μ / (L + μ)), and a gain log(1 + count(t) / (μ · P_bg(t))) for each feature
 * it has; an inverted index of those gains makes scoring cost proportional to the text's length.
 */
export function buildCoderModel(codes: readonly CoderCode[], training: readonly CodedSegment[], tuning: CoderTuning): CoderModel {
  const codeIds = codes.map((code) => code.id);
  const indexOfCode = new Map<string, number>();
  codeIds.forEach((id, index) => {
    if (typeof id !== 'string' || id === '') throw new CoderInputError(`code ${index + 1} has no id; give every code a non-empty id.`);
    if (indexOfCode.has(id)) throw new CoderInputError(`code id "${id}" appears twice; give each code a unique id.`);
    indexOfCode.set(id, index);
  });

  const bookCounts = codes.map((code) => codebookCounts(code, tuning));
  const segmentCounts = codes.map(() => new Map<string, number>());
  const segmentTotals = new Float64Array(codes.length);
  const segmentsPerCode = new Float64Array(codes.length);
  const usableSegments: Array<{ codeIndex: number; segment: CodedSegment }> = [];
  for (const segment of training) {
    const codeIndex = indexOfCode.get(segment.codeId);
    if (codeIndex === undefined || typeof segment.text !== 'string') continue;
    const features = textFeatures(segment.text);
    if (features.length === 0) continue;
    const counts = segmentCounts[codeIndex] as Map<string, number>;
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    segmentTotals[codeIndex] = (segmentTotals[codeIndex] as number) + features.length;
    segmentsPerCode[codeIndex] = (segmentsPerCode[codeIndex] as number) + 1;
    usableSegments.push({ codeIndex, segment });
  }

  // The background: every code's text and every coded segment, with add-half smoothing over the vocabulary.
  const termIndex = new Map<string, number>();
  const background: number[] = [];
  const addToBackground = (counts: ReadonlyMap<string, number>) => {
    for (const [term, count] of counts) {
      let index = termIndex.get(term);
      if (index === undefined) {
        index = background.length;
        termIndex.set(term, index);
        background.push(0);
      }
      background[index] = (background[index] as number) + count;
    }
  };
  bookCounts.forEach((book) => addToBackground(book.counts));
  segmentCounts.forEach(addToBackground);
  const backgroundTotal = background.reduce((sum, count) => sum + count, 0);
  const backgroundProbability = background.map((count) => (count + 0.5) / (backgroundTotal + 0.5 * background.length));

  const postingLists: Array<{ codes: number[]; gains: number[] }> = background.map(() => ({ codes: [], gains: [] }));
  const absentLogRatio = new Float64Array(codes.length);
  const hasEvidence: boolean[] = [];
  codes.forEach((_, c) => {
    const book = bookCounts[c] as { counts: Map<string, number>; total: number };
    const segments = { counts: segmentCounts[c] as Map<string, number>, total: segmentTotals[c] as number };
    hasEvidence.push(book.total > 0 || segments.total > 0);
    const n = segmentsPerCode[c] as number;
    const segmentShare = segments.total === 0 ? 0 : book.total === 0 ? 1 : n / (n + tuning.trainingHalfWeightAt);
    const gains = new Map<number, number>();
    const addModel = (model: { counts: Map<string, number>; total: number }, mu: number, share: number) => {
      if (share === 0 || model.total === 0) return;
      absentLogRatio[c] = (absentLogRatio[c] as number) + share * Math.log(mu / (model.total + mu));
      for (const [term, count] of model.counts) {
        const t = termIndex.get(term) as number;
        const gain = Math.log1p(count / (mu * (backgroundProbability[t] as number)));
        gains.set(t, (gains.get(t) ?? 0) + share * gain);
      }
    };
    addModel(book, tuning.smoothing, 1 - segmentShare);
    addModel(segments, tuning.segmentSmoothing, segmentShare);
    for (const [t, gain] of gains) {
      const list = postingLists[t] as { codes: number[]; gains: number[] };
      list.codes.push(c);
      list.gains.push(gain);
    }
  });

  const speakerPriors = buildSpeakerPriors(codes, usableSegments, tuning);
  return {
    codeIds,
    termIndex,
    postings: postingLists.map((list) => ({ codes: Int32Array.from(list.codes), gains: Float64Array.from(list.gains) })),
    absentLogRatio,
    hasEvidence,
    speakerPrior: (codeIndex, speakerFunction, speakerLevel) => {
      const prior = speakerPriors[codeIndex];
      if (prior === undefined) return 0;
      return (speakerFunction === undefined ? 0 : (prior.byFunction.get(speakerFunction) ?? 0)) + (speakerLevel === undefined ? 0 : (prior.byLevel.get(speakerLevel) ?? 0));
    },
  };
}

/** The feature counts of a code's own text: name and examples weighted, definition once. */
function codebookCounts(code: CoderCode, tuning: CoderTuning): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  const add = (text: unknown, weight: number) => {
    if (typeof text !== 'string' || weight <= 0) return;
    for (const feature of textFeatures(text)) {
      counts.set(feature, (counts.get(feature) ?? 0) + weight);
      total += weight;
    }
  };
  add(code.name, tuning.nameWeight);
  add(code.definition, 1);
  for (const example of code.examples ?? []) add(example, tuning.exampleWeight);
  return { counts, total };
}

interface SpeakerPrior {
  readonly byFunction: ReadonlyMap<PersonFunction, number>;
  readonly byLevel: ReadonlyMap<Level, number>;
}

/**
 * Log-priors for who is speaking. The declared side and level give a boost on a match and half that as a penalty on a
 * mismatch (a rep can describe marketing going around him, so a mismatch is evidence, not a veto). Coded segments add a
 * learned term: log of the code's share of segments from that function or level over the overall share, shrunk
 * towards zero by a pseudo-count and capped.
 */
function buildSpeakerPriors(
  codes: readonly CoderCode[],
  segments: ReadonlyArray<{ codeIndex: number; segment: CodedSegment }>,
  tuning: CoderTuning,
): SpeakerPrior[] {
  const learnedFunction = learnedLogPriors(codes.length, segments, (s) => s.function, FUNCTIONS, tuning.speakerPseudoCount);
  const learnedLevel = learnedLogPriors(codes.length, segments, (s) => s.level, LEVELS, tuning.speakerPseudoCount);
  return codes.map((code, c) => {
    const byFunction = new Map<PersonFunction, number>();
    for (const f of FUNCTIONS) {
      const declared = code.side === undefined || f === 'other' ? 0 : f === code.side ? tuning.sideBoost : -tuning.sideBoost / 2;
      byFunction.set(f, declared + (learnedFunction[c]?.get(f) ?? 0));
    }
    const byLevel = new Map<Level, number>();
    for (const l of LEVELS) {
      const declared = code.level === undefined ? 0 : l === code.level ? tuning.levelBoost : -tuning.levelBoost / 2;
      byLevel.set(l, declared + (learnedLevel[c]?.get(l) ?? 0));
    }
    return { byFunction, byLevel };
  });
}

function learnedLogPriors<V extends string>(
  codeCount: number,
  segments: ReadonlyArray<{ codeIndex: number; segment: CodedSegment }>,
  valueOf: (segment: CodedSegment) => V | undefined,
  values: readonly V[],
  pseudoCount: number,
): Array<Map<V, number>> {
  const perCode = Array.from({ length: codeCount }, () => new Map<V, number>());
  const overall = new Map<V, number>();
  let overallTotal = 0;
  const perCodeTotal = new Float64Array(codeCount);
  for (const { codeIndex, segment } of segments) {
    const value = valueOf(segment);
    if (value === undefined || !values.includes(value)) continue;
    const counts = perCode[codeIndex] as Map<V, number>;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    overall.set(value, (overall.get(value) ?? 0) + 1);
    overallTotal++;
    perCodeTotal[codeIndex] = (perCodeTotal[codeIndex] as number) + 1;
  }
  return perCode.map((counts, c) => {
    const result = new Map<V, number>();
    const n = perCodeTotal[c] as number;
    if (n === 0) return result;
    for (const value of values) {
      const overallShare = ((overall.get(value) ?? 0) + 1) / (overallTotal + values.length);
      const codeShare = ((counts.get(value) ?? 0) + pseudoCount * overallShare) / (n + pseudoCount);
      const logRatio = Math.log(codeShare / overallShare);
      result.set(value, Math.max(-MAX_LEARNED_LOG_PRIOR, Math.min(MAX_LEARNED_LOG_PRIOR, logRatio)));
    }
    return result;
  });
}
