import { describe, expect, it } from 'vitest';
import { BUILTIN_CODEBOOK } from '../codebook/builtin-codebook';
import { codableCodes } from '../codebook/codebook-structure';
import { EVAL_SET, evaluateCoder } from './eval-set';
import { accuracyByFamily, crossValidateCoder } from './evaluate-coder';
import { HELDOUT_SET } from './heldout-set';
import { createTextCoder, type TextCoder } from './text-coder';

const codes = codableCodes(BUILTIN_CODEBOOK);
const codebookOnly = createTextCoder({ codes });

/** Lowercase words only, so "don’t" in one text matches "don't" in another. */
const words = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();

describe('the evaluation sets', () => {
  it('label at least three sentences for every codable built-in code, and nothing else', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(150);
    const perCode = new Map<string, number>();
    for (const sentence of EVAL_SET) perCode.set(sentence.codeId, (perCode.get(sentence.codeId) ?? 0) + 1);
    for (const { id } of codes) expect(perCode.get(id) ?? 0, id).toBeGreaterThanOrEqual(3);
    const known = new Set(codes.map((c) => c.id));
    expect([...EVAL_SET, ...HELDOUT_SET].filter((s) => !known.has(s.codeId))).toEqual([]);
    expect(new Set(HELDOUT_SET.map((s) => s.codeId)).size).toBe(codes.length);
  });

  it('do not copy the codebook’s example phrases (of four words or more) or repeat a sentence', () => {
    const phrases = BUILTIN_CODEBOOK.flatMap((c) => c.examples.map(words)).filter((p) => p.split(' ').length >= 4);
    const sentences = [...EVAL_SET, ...HELDOUT_SET].map((s) => words(s.text));
    expect(sentences.filter((s) => phrases.some((p) => s.includes(p)))).toEqual([]);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});

describe('evaluateCoder', () => {
  it('counts top-1 and top-3 hits overall and per code', () => {
    const fixed: TextCoder = { suggest: () => [{ code: 'a', score: 0.5 }, { code: 'b', score: 0.3 }, { code: 'c', score: 0.2 }] };
    const result = evaluateCoder(fixed, [
      { text: 'x', codeId: 'a' },
      { text: 'y', codeId: 'c' },
      { text: 'z', codeId: 'd' },
      { text: 'w', codeId: 'a' },
    ]);
    expect(result).toEqual({
      n: 4,
      top1: 0.5,
      top3: 0.75,
      perCode: { a: { n: 2, top1: 1, top3: 1 }, c: { n: 1, top1: 0, top3: 1 }, d: { n: 1, top1: 0, top3: 0 } },
    });
    expect(accuracyByFamily(result)).toEqual({ a: { n: 2, top1: 1, top3: 1 }, c: { n: 1, top1: 0, top3: 1 }, d: { n: 1, top1: 0, top3: 0 } });
  });

  it('reports zero accuracy, not NaN, for an empty set', () => {
    expect(evaluateCoder(codebookOnly, [])).toEqual({ n: 0, top1: 0, top3: 0, perCode: {} });
  });
});

// Floors sit just below the figures measured when the coder was built (bench/eval-coder.ts prints the current ones):
// EVAL_SET 0.668 / 0.807, HELDOUT_SET 0.459 / 0.705. They guard against getting worse; raise them when it gets better.
describe('the built-in coder’s accuracy', () => {
  it('stays at or above its floor on the evaluation set', () => {
    const result = evaluateCoder(codebookOnly, EVAL_SET);
    expect(result.n).toBe(EVAL_SET.length);
    expect(result.top1).toBeGreaterThanOrEqual(0.65);
    expect(result.top3).toBeGreaterThanOrEqual(0.79);
  });

  it('stays at or above its floor on the held-out set written after tuning', () => {
    const result = evaluateCoder(codebookOnly, HELDOUT_SET);
    expect(result.top1).toBeGreaterThanOrEqual(0.44);
    expect(result.top3).toBeGreaterThanOrEqual(0.68);
  });

  it('gets better on the held-out set once it has learned from the coded evaluation set', () => {
    const untrained = evaluateCoder(codebookOnly, HELDOUT_SET);
    const trained = evaluateCoder(createTextCoder({ codes, training: EVAL_SET }), HELDOUT_SET);
    expect(trained.top1).toBeGreaterThan(untrained.top1);
    expect(trained.top3).toBeGreaterThanOrEqual(untrained.top3);
  });

  it('cross-validates over folds deterministically and codes every sentence once', () => {
    const first = crossValidateCoder(codes, EVAL_SET, 5);
    expect(first.n).toBe(EVAL_SET.length);
    expect(crossValidateCoder(codes, EVAL_SET, 5)).toEqual(first);
    expect(first.top3).toBeGreaterThanOrEqual(0.75);
  });
});
