import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from './codings';
import { CodingInputError, alignTexts, assertValidCodingSpan, myersMatches, rebaseCodings, validateSpan } from './codings';

function coding(id: string, start: number, end: number): Coding {
  return { id, transcriptId: 't1', codeId: 'code', coderId: 'ann', start, end };
}

/** A coding on the first occurrence of `passage`. */
function codingOn(text: string, id: string, passage: string): Coding {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" is not in the text`);
  return coding(id, start, start + passage.length);
}

const INTERVIEW = [
  'I: Why does buy-in from sales matter to you?',
  'R: Without it our campaigns die in the CRM. They just trust the data when it comes from their own deals.',
  'I: And what happens when marketing is not respected?',
  'R: Marketing never listens, they say. So we sit together every Monday now.',
].join('\n');

describe('validateSpan', () => {
  it('accepts a span inside the text', () => {
    expect(validateSpan('hello', 0, 5)).toEqual([]);
  });

  it('names each problem of a bad span in a message that says what to do', () => {
    expect(validateSpan('hello', 2, 9).map((p) => p.reason)).toEqual(['OUT_OF_RANGE']);
    expect(validateSpan('hello', 2, 9)[0]?.message).toMatch(/2–9 lies outside the transcript, whose offsets run from 0 to 5/);
    expect(validateSpan('hello', 3, 3)[0]?.message).toMatch(/is empty; select at least one character/);
    expect(validateSpan('hello', 4, 1)[0]?.message).toMatch(/swap start and end/);
    expect(validateSpan('hello', 0.5, 2).map((p) => p.reason)).toEqual(['NOT_A_WHOLE_NUMBER']);
    expect(validateSpan('hello', -1, 2).map((p) => p.reason)).toEqual(['OUT_OF_RANGE']);
  });

  it('refuses a span that cuts a character made of two code units in half', () => {
    const text = 'ok 👍 ok';
    expect(validateSpan(text, 3, 5)).toEqual([]);
    expect(validateSpan(text, 4, 6).map((p) => p.reason)).toEqual(['SPLITS_CHARACTER']);
  });

  it('throws a coding input error that names the coding', () => {
    expect(() => assertValidCodingSpan('abc', coding('c9', 1, 7))).toThrow(CodingInputError);
    expect(() => assertValidCodingSpan('abc', coding('c9', 1, 7))).toThrow(/Coding "c9" on transcript "t1"/);
  });
});

describe('rebaseCodings', () => {
  it('keeps every coding in place when the text did not change', () => {
    const codings = [codingOn(INTERVIEW, 'a', 'trust the data'), codingOn(INTERVIEW, 'b', 'Marketing never listens')];
    expect(rebaseCodings(INTERVIEW, INTERVIEW, codings)).toEqual([
      { codingId: 'a', status: 'moved', start: codings[0]!.start, end: codings[0]!.end, relocated: false },
      { codingId: 'b', status: 'moved', start: codings[1]!.start, end: codings[1]!.end, relocated: false },
    ]);
  });

  it('shifts codings after an insertion and leaves codings before it alone', () => {
    const edited = INTERVIEW.replace('R: Without it', 'R: Honestly, without it');
    const before = codingOn(INTERVIEW, 'before', 'buy-in from sales');
    const after = codingOn(INTERVIEW, 'after', 'Marketing never listens');
    const [movedBefore, movedAfter] = rebaseCodings(INTERVIEW, edited, [before, after]);
    expect(movedBefore).toMatchObject({ status: 'moved', start: before.start, end: before.end });
    expect(movedAfter).toMatchObject({ status: 'moved', start: after.start + 10, end: after.end + 10 });
  });

  it('moves a coding whose line survived while words elsewhere in that line changed', () => {
    const edited = INTERVIEW.replace('campaigns die in the CRM', 'campaigns quietly die').replace('Monday', 'Tuesday');
    const coded = codingOn(INTERVIEW, 'trust', 'They just trust the data');
    const [result] = rebaseCodings(INTERVIEW, edited, [coded]);
    expect(result?.status).toBe('moved');
    if (result?.status === 'moved') expect(edited.slice(result.start, result.end)).toBe('They just trust the data');
  });

  it('flags a coding whose passage was edited, and one whose passage was deleted', () => {
    const edited = INTERVIEW.replace('never listens', 'rarely listens').replace(' So we sit together every Monday now.', '');
    const results = rebaseCodings(INTERVIEW, edited, [
      codingOn(INTERVIEW, 'edited', 'Marketing never listens'),
      codingOn(INTERVIEW, 'deleted', 'sit together every Monday'),
    ]);
    expect(results[0]).toMatchObject({ status: 'flagged', reason: 'edited' });
    expect(results[0]?.status === 'flagged' && results[0].message).toMatch(/"Marketing never listens" was changed by the edit/);
    expect(results[1]).toMatchObject({ status: 'flagged', reason: 'deleted' });
  });

  it('follows a passage that was moved to another place when it occurs exactly once in both versions', () => {
    const lines = INTERVIEW.split('\n');
    const reordered = [lines[2], lines[3], lines[0], lines[1]].join('\n');
    const [result] = rebaseCodings(INTERVIEW, reordered, [codingOn(INTERVIEW, 'moved', 'They just trust the data')]);
    expect(result).toMatchObject({ status: 'moved' });
    if (result?.status === 'moved') expect(reordered.slice(result.start, result.end)).toBe('They just trust the data');
  });

  it('flags a coding whose span never fitted the old text', () => {
    expect(rebaseCodings('short', 'short', [coding('bad', 2, 50)])[0]).toMatchObject({ status: 'flagged', reason: 'invalid' });
  });
});

/** Texts from few distinct words, so that the diff meets many ambiguous repeats. */
const word = fc.constantFrom('sales', 'marketing', 'buy', 'in', 'trust', 'data', 'the', 'a', 'we', '.', ',');
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '\n')), { maxLength: 60 }).map((parts) => parts.flat().join(''));

/** An edited version: a few random deletions and insertions of fragments. */
const editedText = (original: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.option(text, { nil: undefined })), { maxLength: 5 }).map((edits) => {
    let result = original;
    for (const [at, removeCount, insertion] of edits) {
      const position = result.length === 0 ? 0 : at % (result.length + 1);
      result = result.slice(0, position) + (insertion ?? '').slice(0, 30) + result.slice(position + removeCount);
    }
    return result;
  });

const spansOf = (length: number) =>
  fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }).map((pairs) =>
    length === 0
      ? []
      : pairs.map(([a, b], i) => {
          const start = a % length;
          return coding(`c${i}`, start, start + 1 + (b % (length - start)));
        }),
  );

describe('rebaseCodings properties', () => {
  it('every moved coding covers exactly the passage it covered before', () => {
    fc.assert(
      fc.property(
        text.chain((old) => fc.tuple(fc.constant(old), editedText(old), spansOf(old.length))),
        ([oldText, newText, codings]) => {
          rebaseCodings(oldText, newText, codings).forEach((result, i) => {
            const before = codings[i] as Coding;
            if (result.status === 'moved') expect(newText.slice(result.start, result.end)).toBe(oldText.slice(before.start, before.end));
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an insertion keeps codings before it, shifts codings after it and flags codings around it', () => {
    fc.assert(
      fc.property(
        text.filter((t) => t.length > 0).chain((old) => fc.tuple(fc.constant(old), fc.nat({ max: old.length }), spansOf(old.length))),
        ([oldText, at, codings]) => {
          const insertion = '#inserted words#';
          const newText = oldText.slice(0, at) + insertion + oldText.slice(at);
          rebaseCodings(oldText, newText, codings).forEach((result, i) => {
            const { start, end } = codings[i] as Coding;
            if (end <= at) expect(result).toEqual({ codingId: `c${i}`, status: 'moved', start, end, relocated: false });
            else if (start >= at) expect(result).toMatchObject({ status: 'moved', start: start + insertion.length, relocated: false });
            else expect(result.status === 'flagged' || result.relocated).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('aligned blocks hold identical text and run forwards in both versions without overlapping', () => {
    fc.assert(
      fc.property(text.chain((old) => fc.tuple(fc.constant(old), editedText(old))), ([oldText, newText]) => {
        let [oldCursor, newCursor] = [0, 0];
        for (const block of alignTexts(oldText, newText)) {
          expect(block.oldStart).toBeGreaterThanOrEqual(oldCursor);
          expect(block.newStart).toBeGreaterThanOrEqual(newCursor);
          expect(newText.slice(block.newStart, block.newStart + block.length)).toBe(oldText.slice(block.oldStart, block.oldStart + block.length));
          [oldCursor, newCursor] = [block.oldStart + block.length, block.newStart + block.length];
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('myersMatches', () => {
  it('finds a longest common subsequence', () => {
    const lcsLength = (a: number[], b: number[]): number => {
      const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
        }
      }
      return table[a.length]![b.length]!;
    };
    const sequence = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 25 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const matches = myersMatches(a, b, 1000) ?? [];
        expect(matches).toHaveLength(lcsLength(a, b));
        matches.forEach(([i, j], index) => {
          expect(a[i]).toBe(b[j]);
          if (index > 0) expect(i > matches[index - 1]![0] && j > matches[index - 1]![1]).toBe(true);
        });
      }),
    );
  });

  it('gives up when the edit script is longer than allowed', () => {
    expect(myersMatches([1, 2, 3], [4, 5, 6], 5)).toBeNull();
    expect(myersMatches([1, 2, 3], [4, 5, 6], 6)).toEqual([]);
  });
});
