import { DomainError } from '../common/domain-error';
import { LIKERT_MAX, LIKERT_MIN, type Measure, type PulseItem } from './pulse-items';

export type Answers = Readonly<Record<string, number>>;
/** One respondent's score per measure: the mean of their items on it. */
export type Scores = Partial<Record<Measure, number>>;

export class PulseAnswerError extends DomainError<'missing_item' | 'unknown_item' | 'out_of_range'> {}

/** Every item answered, each with a whole number from 1 to 5, and nothing else; otherwise a clear error. */
export function checkAnswers(items: readonly PulseItem[], answers: Answers): void {
  const known = new Set(items.map((i) => i.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new PulseAnswerError('unknown_item', `This pulse has no item ${unknown.map((u) => `"${u}"`).join(', ')}.`);
  const missing = items.filter((i) => answers[i.id] === undefined);
  if (missing.length > 0) throw new PulseAnswerError('missing_item', `Answer every item: ${missing.length} of ${items.length} are still open.`);
  for (const i of items) {
    const value = answers[i.id] as number;
    if (!Number.isInteger(value) || value < LIKERT_MIN || value > LIKERT_MAX) {
      throw new PulseAnswerError('out_of_range', `Answer "${i.text}" with a whole number from ${LIKERT_MIN} to ${LIKERT_MAX}.`);
    }
  }
}

/** A respondent's score per measure: the mean of their answers to that measure's items. */
export function scoresOf(items: readonly PulseItem[], answers: Answers): Scores {
  const sums = new Map<Measure, { sum: number; n: number }>();
  for (const i of items) {
    const value = answers[i.id];
    if (value === undefined) continue;
    const entry = sums.get(i.measure) ?? { sum: 0, n: 0 };
    entry.sum += value;
    entry.n += 1;
    sums.set(i.measure, entry);
  }
  const scores: Scores = {};
  for (const [measure, { sum, n }] of sums) scores[measure] = sum / n;
  return scores;
}

/** Sums per measure over a group of respondents; means come from dividing by each measure's count. */
export interface Tally {
  n: number;
  sums: Partial<Record<Measure, number>>;
  counts: Partial<Record<Measure, number>>;
}

export const emptyTally = (): Tally => ({ n: 0, sums: {}, counts: {} });

export function addToTally(tally: Tally, scores: Scores): void {
  tally.n += 1;
  for (const [measure, value] of Object.entries(scores) as Array<[Measure, number]>) {
    tally.sums[measure] = (tally.sums[measure] ?? 0) + value;
    tally.counts[measure] = (tally.counts[measure] ?? 0) + 1;
  }
}

/** Means rounded to two decimals (more would suggest a precision five-point answers do not have). */
export function meansOf(tally: Tally, measures: readonly Measure[]): Record<string, number | null> {
  const means: Record<string, number | null> = {};
  for (const measure of measures) {
    const count = tally.counts[measure] ?? 0;
    means[measure] = count === 0 ? null : round2((tally.sums[measure] ?? 0) / count);
  }
  return means;
}

export const round2 = (value: number) => Math.round(value * 100) / 100;

/** Tallies respondents by a group key (a respondent may fall in several groups, or none). */
export function tallyBy<R extends { scores: Scores }>(respondents: readonly R[], keysOf: (r: R) => readonly string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const r of respondents) {
    for (const key of keysOf(r)) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = emptyTally()));
      addToTally(tally, r.scores);
    }
  }
  return tallies;
}
