import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from './codings';
import { CodingInputError } from './codings';
import { ENGLISH_STOPWORDS, codeCooccurrence, matrixCoding, textSearch, wordFrequency } from './queries';

function coding(id: string, codeId: string, start: number, end: number, transcriptId = 't1', coderId = 'ann'): Coding {
  return { id, transcriptId, codeId, coderId, start, end };
}

describe('matrixCoding', () => {
  const informants: Record<string, Record<string, string | null>> = {
    t1: { function: 'sales', level: 'manager' },
    t2: { function: 'marketing' },
    t3: { function: 'sales' },
    t4: { function: null },
  };
  const codings = [
    coding('a', 'trust', 0, 5, 't1'),
    coding('b', 'trust', 6, 9, 't1'),
    coding('c', 'trust', 0, 4, 't3'),
    coding('d', 'respect', 0, 4, 't2'),
    coding('e', 'trust', 0, 2, 't4'),
    coding('f', 'speed', 0, 2, 't2'),
  ];

  it('counts codings of each code by the informant attribute, with every cell filled', () => {
    const result = matrixCoding({ codings, informantOf: (id) => informants[id], rows: ['trust', 'respect'], columnAttribute: 'function' });
    expect(result.columns).toEqual(['marketing', 'sales', '(no value)']);
    expect(result.cells.map((cell) => [cell.codeId, cell.value, cell.count, cell.transcripts])).toEqual([
      ['trust', 'marketing', 0, 0],
      ['trust', 'sales', 3, 2],
      ['trust', '(no value)', 1, 1],
      ['respect', 'marketing', 1, 1],
      ['respect', 'sales', 0, 0],
      ['respect', '(no value)', 0, 0],
    ]);
    expect(result.cells[1]?.codingIds).toEqual(['a', 'b', 'c']);
    expect(result.cells[1]?.segments).toBeUndefined();
  });

  it('carries the coded passages when the transcript texts are given', () => {
    const result = matrixCoding({
      codings, informantOf: (id) => informants[id], rows: ['respect'], columnAttribute: 'function',
      segmentsText: { t2: 'they respect us now' },
    });
    expect(result.cells.find((cell) => cell.value === 'marketing')?.segments).toEqual([{ codingId: 'd', text: 'they' }]);
  });
});

describe('codeCooccurrence', () => {
  it('pairs codes whose spans share text in one transcript, most frequent first', () => {
    const codings = [
      coding('a', 'trust', 0, 10),
      coding('b', 'data', 5, 15),
      coding('c', 'respect', 10, 20), // touches trust at 10 but shares no character with it
      coding('d', 'data', 12, 13),
      coding('e', 'trust', 0, 3, 't2'),
      coding('f', 'trust', 1, 2, 't2'), // the same code twice is not a co-occurrence
    ];
    expect(codeCooccurrence(codings)).toEqual([
      { codeA: 'data', codeB: 'respect', count: 2, codingPairs: [['b', 'c'], ['d', 'c']] },
      { codeA: 'data', codeB: 'trust', count: 1, codingPairs: [['b', 'a']] },
    ]);
  });

  it('pairs codings of different coders only when asked', () => {
    const codings = [coding('a', 'trust', 0, 10, 't1', 'ann'), coding('b', 'data', 5, 15, 't1', 'bob')];
    expect(codeCooccurrence(codings)).toEqual([]);
    expect(codeCooccurrence(codings, { sameCoderOnly: false })).toHaveLength(1);
  });

  it('finds exactly the overlapping pairs a pairwise check finds', () => {
    const codingsArbitrary = fc.array(
      fc.tuple(fc.constantFrom('p', 'q', 'r'), fc.nat({ max: 20 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom('t1', 't2')),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(codingsArbitrary, (rows) => {
        const codings = rows.map(([code, start, length, transcript], i) => coding(`k${i}`, code, start, start + length, transcript));
        let expected = 0;
        codings.forEach((x, i) =>
          codings.slice(i + 1).forEach((y) => {
            if (x.transcriptId === y.transcriptId && x.codeId !== y.codeId && x.start < y.end && y.start < x.end) expected++;
          }),
        );
        expect(codeCooccurrence(codings).reduce((sum, pair) => sum + pair.count, 0)).toBe(expected);
      }),
    );
  });
});

describe('textSearch', () => {
  const transcripts = [
    { id: 't1', text: 'They trust the Data. Our database (CRM) is a mess.' },
    { id: 't2', text: 'data, data everywhere' },
  ];

  it('finds every occurrence regardless of case, with offsets and context', () => {
    const hits = textSearch(transcripts, 'data', { contextLength: 5 });
    expect(hits.map((hit) => [hit.transcriptId, hit.start, hit.match])).toEqual([
      ['t1', 15, 'Data'], ['t1', 25, 'data'], ['t2', 0, 'data'], ['t2', 6, 'data'],
    ]);
    expect(hits[0]).toEqual({ transcriptId: 't1', start: 15, end: 19, before: ' the ', match: 'Data', after: '. Our' });
  });

  it('honours case and whole words, and treats the query as plain text', () => {
    expect(textSearch(transcripts, 'data', { caseSensitive: true })).toHaveLength(3);
    expect(textSearch(transcripts, 'data', { wholeWord: true }).map((hit) => hit.start)).toEqual([15, 0, 6]);
    expect(textSearch(transcripts, '(CRM)').map((hit) => hit.start)).toEqual([34]);
  });

  it('asks for a query instead of matching everything', () => {
    expect(() => textSearch(transcripts, '  ')).toThrow(CodingInputError);
  });

  it('every hit covers text equal to the query, ignoring case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'b', ' ', '.'), maxLength: 40 }), fc.constantFrom('ab', 'b', 'a.', 'B b'), (text, query) => {
        for (const hit of textSearch([{ id: 't', text }], query)) {
          expect(text.slice(hit.start, hit.end).toLowerCase()).toBe(query.toLowerCase());
        }
      }),
    );
  });
});

describe('wordFrequency', () => {
  const texts = [
    'We trust the data. Sales doesn’t trust marketing’s data, they trust their own deals.',
    'Marketing says the data is fine. Trust takes time.',
  ];

  it('counts words without stopwords or short words, most frequent first', () => {
    const counts = wordFrequency(texts, { top: 3 });
    expect(counts.map((entry) => [entry.word, entry.count])).toEqual([['trust', 4], ['data', 3], ['deals', 1]]);
    const total = wordFrequency(texts, { top: 100 }).reduce((sum, entry) => sum + entry.count, 0);
    expect(counts[0]?.share).toBeCloseTo(4 / total, 12);
  });

  it('keeps contractions together and treats curly apostrophes as straight ones', () => {
    const words = wordFrequency(texts, { stopwords: [], minLength: 1, top: 100 }).map((entry) => entry.word);
    expect(words).toContain("doesn't");
    expect(words).toContain("marketing's");
  });

  it('exports an English stopword list in lower case without repeats', () => {
    expect(ENGLISH_STOPWORDS).toContain('the');
    expect(new Set(ENGLISH_STOPWORDS).size).toBe(ENGLISH_STOPWORDS.length);
    expect(ENGLISH_STOPWORDS.every((word) => word === word.toLowerCase())).toBe(true);
  });
});
