import { describe, expect, it } from 'vitest';
import { blockRanges, contentStart, layoutText, paragraphRanges, segmentRange, trimRange } from './text-layout';

describe('blockRanges', () => {
  it('keeps turns in order and fills the gaps with speakerless blocks', () => {
    const blocks = blockRanges(30, [
      { speaker: 'Rep', start: 20, end: 30 },
      { speaker: 'Interviewer', start: 5, end: 15 },
    ]);
    expect(blocks).toEqual([
      { speaker: null, start: 0, end: 5 },
      { speaker: 'Interviewer', start: 5, end: 15 },
      { speaker: null, start: 15, end: 20 },
      { speaker: 'Rep', start: 20, end: 30 },
    ]);
  });

  it('cuts overlapping turns and clamps them to the text', () => {
    expect(blockRanges(10, [{ speaker: 'A', start: 0, end: 6 }, { speaker: 'B', start: 4, end: 40 }])).toEqual([
      { speaker: 'A', start: 0, end: 6 },
      { speaker: 'B', start: 6, end: 10 },
    ]);
  });

  it('makes one block of a text without turns', () => {
    expect(blockRanges(12, [])).toEqual([{ speaker: null, start: 0, end: 12 }]);
  });
});

describe('paragraphRanges', () => {
  it('splits at line breaks and skips blank lines', () => {
    const text = 'One line.\n\n  \nTwo.\nThree';
    expect(paragraphRanges(text, 0, text.length).map((range) => text.slice(range.start, range.end))).toEqual(['One line.', 'Two.', 'Three']);
  });
});

describe('segmentRange', () => {
  it('cuts at every coding boundary and lists the codings covering each piece', () => {
    const segments = segmentRange(0, 20, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 5, end: 25 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, codingIds: [] },
      { start: 2, end: 5, codingIds: ['a'] },
      { start: 5, end: 10, codingIds: ['a', 'b'] },
      { start: 10, end: 20, codingIds: ['b'] },
    ]);
  });
});

describe('layoutText', () => {
  it('covers every non-blank character of the text exactly once', () => {
    const text = 'Interviewer: Why?\n\nRep: Because we tested it.\nAnd it worked.';
    const blocks = layoutText(text, [{ speaker: 'Interviewer', start: 13, end: 17 }, { speaker: 'Rep', start: 24, end: text.length }], [{ id: 'c', start: 32, end: 50 }]);
    const covered = blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.segments));
    for (let index = 1; index < covered.length; index++) expect(covered[index]!.start).toBeGreaterThanOrEqual(covered[index - 1]!.end);
    const rendered = covered.map((segment) => text.slice(segment.start, segment.end)).join('');
    expect(rendered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(blocks.map((block) => block.speaker)).toEqual([null, 'Interviewer', null, 'Rep']);
  });
});

describe('trimRange', () => {
  it('drops white space at both ends', () => {
    expect(trimRange('  we tested \n', 0, 13)).toEqual({ start: 2, end: 11 });
    expect(trimRange('   ', 0, 3)).toBeNull();
  });
});

describe('contentStart', () => {
  it('skips a speaker label the turn repeats, so the page does not show it twice', () => {
    const text = 'Rep: We tested it.';
    expect(contentStart(text, 'Rep', 0, text.length)).toBe(5);
    expect(contentStart('Because we tested it.', 'Rep', 0, 21)).toBe(0);
    expect(contentStart('A.B (x): yes', 'A.B (x)', 0, 12)).toBe(9);
    expect(contentStart('**Jane:** We agree.', 'Jane', 0, 19)).toBe(10);
  });
});
