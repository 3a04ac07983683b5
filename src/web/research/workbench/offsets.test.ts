import { describe, expect, it } from 'vitest';
import { pointToOffset, rangeToOffsets, type DomNodeLike } from './offsets';

/** A minimal DOM: elements with attributes and text nodes, wired with parentNode and nextSibling. */
interface FakeNode extends DomNodeLike {
  parentNode: FakeNode | null;
  nextSibling: FakeNode | null;
  childNodes: FakeNode[];
}

function text(value: string): FakeNode {
  return { nodeType: 3, parentNode: null, nextSibling: null, childNodes: [], textContent: value };
}

function element(attributes: Record<string, string>, ...children: FakeNode[]): FakeNode {
  const node: FakeNode = {
    nodeType: 1,
    parentNode: null,
    nextSibling: null,
    childNodes: children,
    get textContent() {
      return children.map((child) => child.textContent ?? '').join('');
    },
    getAttribute: (name: string) => attributes[name] ?? null,
  };
  children.forEach((child, index) => {
    child.parentNode = node;
    child.nextSibling = children[index + 1] ?? null;
  });
  return node;
}

const segment = (start: number, value: string) => element({ 'data-offset': String(start) }, text(value));

// "Interviewer: Why?\nRep: Because we tested it." rendered with the speaker labels outside the segments.
const fullText = 'Interviewer: Why?\nRep: Because we tested it.';
const questionLabel = text('Interviewer');
const question = segment(13, 'Why?');
const answerLabel = text('Rep');
const answerStart = segment(23, 'Because ');
const answerCoded = segment(31, 'we tested');
const answerEnd = segment(40, ' it.');
const root = element(
  {},
  element({}, element({}, questionLabel), element({}, question)),
  element({}, element({}, answerLabel), element({}, answerStart, answerCoded, answerEnd)),
);
const textOf = (node: FakeNode) => node.childNodes[0] as FakeNode;

describe('pointToOffset', () => {
  it('counts the characters before a point inside a segment from the segment start', () => {
    expect(pointToOffset(root, textOf(question), 0, fullText.length)).toBe(13);
    expect(pointToOffset(root, textOf(answerCoded), 3, fullText.length)).toBe(34);
    expect(fullText.slice(31, 40)).toBe('we tested');
  });

  it('reads a point given as an element and child index', () => {
    expect(pointToOffset(root, answerCoded, 1, fullText.length)).toBe(40);
    expect(pointToOffset(root, answerCoded, 0, fullText.length)).toBe(31);
    const paragraph = answerCoded.parentNode as FakeNode;
    expect(pointToOffset(root, paragraph, 2, fullText.length)).toBe(40);
    expect(pointToOffset(root, paragraph, 3, fullText.length)).toBe(fullText.length);
  });

  it('snaps a point on a speaker label forward to the first character of the turn', () => {
    expect(pointToOffset(root, answerLabel, 0, fullText.length)).toBe(23);
    expect(pointToOffset(root, answerLabel, 2, fullText.length)).toBe(23);
    expect(pointToOffset(root, questionLabel, 0, fullText.length)).toBe(13);
    expect(pointToOffset(root, root, 0, fullText.length)).toBe(13);
  });

  it('gives the end of the text for a point after the last segment', () => {
    expect(pointToOffset(root, root, root.childNodes.length, fullText.length)).toBe(fullText.length);
  });

  it('answers null for a point outside the root', () => {
    expect(pointToOffset(root, text('elsewhere'), 0, fullText.length)).toBeNull();
  });
});

describe('rangeToOffsets', () => {
  it('maps a selection across turns and segments to [start, end) of the text', () => {
    const range = { startContainer: textOf(question), startOffset: 0, endContainer: textOf(answerCoded), endOffset: 2 };
    const offsets = rangeToOffsets(root, range, fullText.length);
    expect(offsets).toEqual({ start: 13, end: 33 });
    expect(fullText.slice(13, 33)).toBe('Why?\nRep: Because we');
  });

  it('orders a backwards selection and drops an empty one', () => {
    const backwards = { startContainer: textOf(answerEnd), startOffset: 3, endContainer: textOf(answerStart), endOffset: 0 };
    expect(rangeToOffsets(root, backwards, fullText.length)).toEqual({ start: 23, end: 43 });
    const empty = { startContainer: textOf(question), startOffset: 2, endContainer: textOf(question), endOffset: 2 };
    expect(rangeToOffsets(root, empty, fullText.length)).toBeNull();
  });

  it('maps every pair of points in a segment to the same slice of the text', () => {
    for (const node of [question, answerStart, answerCoded, answerEnd]) {
      const value = textOf(node).textContent ?? '';
      for (let from = 0; from <= value.length; from++) {
        for (let to = from + 1; to <= value.length; to++) {
          const offsets = rangeToOffsets(root, { startContainer: textOf(node), startOffset: from, endContainer: textOf(node), endOffset: to }, fullText.length);
          expect(offsets && fullText.slice(offsets.start, offsets.end)).toBe(value.slice(from, to));
        }
      }
    }
  });
});
