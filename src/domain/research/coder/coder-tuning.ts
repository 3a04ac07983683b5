/**
 * The coder's knobs. The defaults were set by hand on the evaluation set and its 5-fold variant (bench/eval-coder.ts
 * prints the figures). They are few and coarse on purpose, so they do not fit that one set of sentences too closely.
 * The most sensitive is `trainingHalfWeightAt`: at 3, a code's first few segments outweigh its codebook text too soon
 * and 5-fold top-1 fell from 65% to 58%; at 10 it learns more slowly from segments that share a project's jargon.
 */
export interface CoderTuning {
  /** How many times a code's name counts, relative to its definition. */
  readonly nameWeight: number;
  /** How many times each example phrase counts, relative to the definition. */
  readonly exampleWeight: number;
  /** Dirichlet smoothing mass of a code's codebook model: how strongly it is pulled towards the background. */
  readonly smoothing: number;
  /** Dirichlet smoothing mass of a code's model of its coded segments. */
  readonly segmentSmoothing: number;
  /** The number of coded segments at which a code's segments weigh as much as its codebook text. */
  readonly trainingHalfWeightAt: number;
  /** Softmax temperature per sqrt(query length): higher spreads the scores, lower sharpens them. */
  readonly temperature: number;
  /** Log-prior added when the speaker's function is the code's side, subtracted (halved) when it is the other side. */
  readonly sideBoost: number;
  /** Log-prior added when the speaker's level is the code's level, subtracted (halved) when it is another level. */
  readonly levelBoost: number;
  /** Pseudo-count that shrinks the function and level mix learned from coded segments towards no effect. */
  readonly speakerPseudoCount: number;
}

export const DEFAULT_TUNING: CoderTuning = {
  nameWeight: 2,
  exampleWeight: 2,
  smoothing: 60,
  segmentSmoothing: 20,
  trainingHalfWeightAt: 5,
  temperature: 1,
  sideBoost: 0.5,
  levelBoost: 0.3,
  speakerPseudoCount: 20,
};
