import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from './codings';
import { CodingInputError } from './codings';
import { codedSegments, codingAgreementData, disagreements } from './coding-agreement';
import { computeAgreement } from './compute-agreement';

let nextId = 0;
function coding(coderId: string, codeId: string, start: number, end: number, transcriptId = 't1'): Coding {
  return { id: `k${nextId++}`, transcriptId, codeId, coderId, start, end };
}

const TEN = { id: 't1', text: '0123456789' };
const percent = (codings: Coding[], options: Parameters<typeof codingAgreementData>[1]): number =>
  computeAgreement(codingAgreementData(codings, options), { metric: 'percent' }).value as number;

describe('codingAgreementData', () => {
  // Ann codes X on 0–6, Bob codes X on 2–8. By hand, per character: 0–1 X/uncoded, 2–5 X/X, 6–7 uncoded/X, 8–9 nobody.
  const overlap = [coding('ann', 'X', 0, 6), coding('bob', 'X', 2, 8)];

  it('makes one unit per segment between coding boundaries', () => {
    const data = codingAgreementData(overlap, { transcripts: [TEN], unit: 'segment', countUncoded: false });
    expect(data).toEqual({
      coders: ['ann', 'bob'],
      units: [['X', '(uncoded)'], ['X', 'X'], ['(uncoded)', 'X']],
    });
  });

  it('adds the stretches nobody coded when uncoded units count', () => {
    const data = codingAgreementData(overlap, { transcripts: [TEN], unit: 'segment', countUncoded: true });
    expect(data.units).toEqual([['X', '(uncoded)'], ['X', 'X'], ['(uncoded)', 'X'], ['(uncoded)', '(uncoded)']]);
  });

  it('weighs each character equally with character units', () => {
    // By hand: with uncoded text (4 + 2) / 10 = 0.6 of characters agree; without it 4 / 8 = 0.5.
    expect(percent(overlap, { transcripts: [TEN], unit: 'character', countUncoded: true })).toBeCloseTo(0.6, 12);
    expect(percent(overlap, { transcripts: [TEN], unit: 'character', countUncoded: false })).toBeCloseTo(0.5, 12);
    expect(percent(overlap, { transcripts: [TEN], unit: 'segment', countUncoded: false })).toBeCloseTo(1 / 3, 12);
  });

  it('labels overlapping codes of one coder as a combination of codes', () => {
    const codings = [coding('ann', 'X', 0, 4), coding('ann', 'Y', 2, 4), coding('bob', 'Y', 0, 4)];
    const data = codingAgreementData(codings, { transcripts: [TEN], unit: 'segment', countUncoded: false });
    expect(data.units).toEqual([['X', 'Y'], ['X + Y', 'Y']]);
  });

  it('scores one code as present or absent, with segments cut by that code’s codings only', () => {
    const codings = [...overlap, coding('ann', 'Y', 7, 9), coding('bob', 'Y', 7, 9)];
    const data = codingAgreementData(codings, { transcripts: [TEN], unit: 'segment', countUncoded: false, codeId: 'Y' });
    expect(data.units).toEqual([['present', 'present']]);
    const withUncoded = codingAgreementData(codings, { transcripts: [TEN], unit: 'character', countUncoded: true, codeId: 'X' });
    expect(withUncoded.units.filter(([a, b]) => a === b)).toHaveLength(6);
    expect(withUncoded.units).toHaveLength(10);
  });

  it('treats a coder who did not code a transcript as missing, not as uncoded', () => {
    const second = { id: 't2', text: 'abcdef' };
    const codings = [coding('ann', 'X', 0, 3), coding('bob', 'X', 0, 3), coding('ann', 'X', 0, 6, 't2')];
    const data = codingAgreementData(codings, { transcripts: [TEN, second], unit: 'segment', countUncoded: true });
    expect(data.units).toEqual([['X', 'X'], ['(uncoded)', '(uncoded)'], ['X', null]]);
    const told = codingAgreementData(codings, {
      transcripts: [TEN, second], unit: 'segment', countUncoded: true, codedBy: { t1: ['ann', 'bob'], t2: ['ann', 'bob'] },
    });
    expect(told.units[2]).toEqual(['X', '(uncoded)']);
  });

  it('handles a 100,000-character transcript coded by run length', () => {
    const long = { id: 't1', text: 'x'.repeat(100_000) };
    const codings = [coding('ann', 'X', 0, 60_000), coding('bob', 'X', 10_000, 70_000)];
    const data = codingAgreementData(codings, { transcripts: [long], unit: 'character', countUncoded: true });
    expect(data.units).toHaveLength(100_000);
    // By hand: agree on 10k–60k (50k) and 70k–100k (30k) of 100k characters.
    expect(computeAgreement(data, { metric: 'percent' }).value).toBeCloseTo(0.8, 12);
    expect(Object.isFrozen(data.units[0])).toBe(true);
  });

  it('rejects codings on unknown transcripts, spans outside the text and unknown units', () => {
    const stray = [coding('ann', 'X', 0, 2, 'elsewhere'), coding('bob', 'X', 0, 2)];
    expect(() => codingAgreementData(stray, { transcripts: [TEN], unit: 'segment', countUncoded: false })).toThrow(/transcript "elsewhere", which was not given/);
    const outside = [coding('ann', 'X', 0, 20), coding('bob', 'X', 0, 2)];
    expect(() => codingAgreementData(outside, { transcripts: [TEN], unit: 'segment', countUncoded: false })).toThrow(CodingInputError);
    const options = { transcripts: [TEN], unit: 'word' as never, countUncoded: false };
    expect(() => codingAgreementData(overlap, options)).toThrow(/use "segment" or "character"/);
  });
});

describe('disagreements', () => {
  it('lists the segments where coders applied different codes, with each coder’s codes and the text', () => {
    const codings = [coding('ann', 'X', 0, 6), coding('bob', 'X', 2, 8), coding('bob', 'Y', 4, 6)];
    expect(disagreements(codings, { transcripts: [TEN] })).toEqual([
      { transcriptId: 't1', start: 0, end: 2, byCoder: { ann: ['X'], bob: [] }, text: '01' },
      { transcriptId: 't1', start: 4, end: 6, byCoder: { ann: ['X'], bob: ['X', 'Y'] }, text: '45' },
      { transcriptId: 't1', start: 6, end: 8, byCoder: { ann: [], bob: ['X'] }, text: '67' },
    ]);
  });

  it('ignores coders who did not code the transcript and, for one code, other codes', () => {
    const codings = [coding('ann', 'X', 0, 6), coding('bob', 'X', 0, 6), coding('bob', 'Y', 6, 8), coding('cy', 'Z', 0, 1, 't2')];
    const scope = { transcripts: [TEN, { id: 't2', text: 'abc' }] };
    expect(disagreements(codings, { ...scope, codeId: 'X' })).toEqual([]);
    expect(disagreements(codings, scope).map((d) => [d.start, d.end, d.byCoder])).toEqual([[6, 8, { ann: [], bob: ['Y'] }]]);
  });
});

describe('coding agreement properties', () => {
  const codingsArbitrary = fc.array(
    fc.tuple(fc.constantFrom('ann', 'bob', 'cy'), fc.constantFrom('X', 'Y'), fc.nat({ max: 29 }), fc.integer({ min: 1, max: 10 })),
    { maxLength: 12 },
  );
  const TEXT = { id: 't1', text: 'a'.repeat(30) };

  it('segments tile each transcript and character units agree with a character-by-character count', () => {
    fc.assert(
      fc.property(codingsArbitrary, (rows) => {
        const codings = rows.map(([coder, code, start, length]) => coding(coder, code, start, Math.min(30, start + length)));
        const { coders, segments } = codedSegments(codings, { transcripts: [TEXT] });
        expect(segments.map((s) => s.end - s.start).reduce((a, b) => a + b, 0)).toBe(30);
        if (coders.length < 2) return;
        // Naively: at each character, the sorted set of codes of each coder.
        const expected = Array.from({ length: 30 }, (_, at) =>
          coders.map((coder) => {
            const codes = [...new Set(codings.filter((c) => c.coderId === coder && c.start <= at && at < c.end).map((c) => c.codeId))].sort();
            return codes.length > 0 ? codes.join(' + ') : '(uncoded)';
          }),
        );
        const data = codingAgreementData(codings, { transcripts: [TEXT], unit: 'character', countUncoded: true });
        expect(data.units).toEqual(expected);
      }),
    );
  });
});
