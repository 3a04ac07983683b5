/**
 * Maps between points in the rendered transcript and character offsets into its text. The text is rendered as spans
 * carrying `data-offset` (the offset of their first character), each holding exactly its slice of the text; labels
 * such as speaker names sit outside those spans and count for nothing. Only the standard DOM members below are used,
 * so the mapping is tested on small fake trees.
 */
export interface DomNodeLike {
  readonly nodeType: number;
  readonly parentNode: DomNodeLike | null;
  readonly nextSibling: DomNodeLike | null;
  readonly childNodes: ArrayLike<DomNodeLike>;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
export const OFFSET_ATTRIBUTE = 'data-offset';

function segmentStart(node: DomNodeLike): number | null {
  if (node.nodeType !== ELEMENT_NODE || !node.getAttribute) return null;
  const value = node.getAttribute(OFFSET_ATTRIBUTE);
  if (value === null) return null;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : null;
}

/** The segment span holding the node (the node itself included), stopping at the root. */
function enclosingSegment(root: DomNodeLike, node: DomNodeLike): DomNodeLike | null {
  let current: DomNodeLike | null = node;
  while (current && current !== root) {
    if (segmentStart(current) !== null) return current;
    current = current.parentNode;
  }
  return null;
}

function textLength(node: DomNodeLike): number {
  return node.textContent?.length ?? 0;
}

/** Characters of `container` before `node` starts: the text of every earlier sibling of the node and its ancestors. */
function charsBeforeNode(container: DomNodeLike, node: DomNodeLike): number {
  let count = 0;
  let current: DomNodeLike = node;
  while (current !== container && current.parentNode) {
    const parent: DomNodeLike = current.parentNode;
    for (let index = 0; index < parent.childNodes.length; index++) {
      const sibling = parent.childNodes[index] as DomNodeLike;
      if (sibling === current) break;
      count += textLength(sibling);
    }
    current = parent;
  }
  return count;
}

/** Characters of `container` that come before the point (node, offset), which lies inside it. */
function charsBefore(container: DomNodeLike, node: DomNodeLike, offset: number): number {
  if (node.nodeType === TEXT_NODE) return charsBeforeNode(container, node) + Math.min(offset, textLength(node));
  let count = charsBeforeNode(container, node);
  const limit = Math.min(offset, node.childNodes.length);
  for (let index = 0; index < limit; index++) count += textLength(node.childNodes[index] as DomNodeLike);
  return count;
}

/** The first segment at or after `node` in document order (its subtree first, then what follows), within the root. */
function firstSegmentFrom(root: DomNodeLike, node: DomNodeLike | null, includeSelf: boolean): DomNodeLike | null {
  let current = node;
  let checkSelf = includeSelf;
  while (current && current !== root) {
    if (checkSelf) {
      const found = firstSegmentWithin(current);
      if (found) return found;
    }
    checkSelf = true;
    if (current.nextSibling) {
      current = current.nextSibling;
      continue;
    }
    // Climb until an ancestor has a next sibling.
    let parent = current.parentNode;
    while (parent && parent !== root && !parent.nextSibling) parent = parent.parentNode;
    if (!parent || parent === root) return null;
    current = parent.nextSibling;
  }
  return null;
}

function firstSegmentWithin(node: DomNodeLike): DomNodeLike | null {
  if (segmentStart(node) !== null) return node;
  for (let index = 0; index < node.childNodes.length; index++) {
    const found = firstSegmentWithin(node.childNodes[index] as DomNodeLike);
    if (found) return found;
  }
  return null;
}

/**
 * The text offset of a boundary point (as in a DOM Range). A point inside a segment counts its characters; a point
 * elsewhere (on a speaker label, between paragraphs) snaps forward to the next segment's start, or to the end of the
 * text when none follows. Null when the point is not inside the root.
 */
export function pointToOffset(root: DomNodeLike, node: DomNodeLike, offset: number, totalLength: number): number | null {
  if (!isInside(root, node)) return null;
  const segment = enclosingSegment(root, node);
  if (segment) {
    const start = segmentStart(segment) as number;
    return Math.min(start + charsBefore(segment, node, offset), start + textLength(segment));
  }
  let next: DomNodeLike | null;
  if (node.nodeType === ELEMENT_NODE && offset < node.childNodes.length) {
    next = firstSegmentFrom(root, node.childNodes[offset] as DomNodeLike, true);
  } else if (node === root) {
    next = null;
  } else {
    next = firstSegmentFrom(root, node, false);
  }
  return next ? (segmentStart(next) as number) : totalLength;
}

function isInside(root: DomNodeLike, node: DomNodeLike): boolean {
  let current: DomNodeLike | null = node;
  while (current) {
    if (current === root) return true;
    current = current.parentNode;
  }
  return false;
}

export interface RangeLike {
  startContainer: DomNodeLike;
  startOffset: number;
  endContainer: DomNodeLike;
  endOffset: number;
}

/** The [start, end) text offsets of a range inside the root, or null when it is empty or reaches outside. */
export function rangeToOffsets(root: DomNodeLike, range: RangeLike, totalLength: number): { start: number; end: number } | null {
  const start = pointToOffset(root, range.startContainer, range.startOffset, totalLength);
  const end = pointToOffset(root, range.endContainer, range.endOffset, totalLength);
  if (start === null || end === null) return null;
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  return to > from ? { start: from, end: to } : null;
}

/**
 * The DOM point for a text offset: inside the segment holding it. `side` says which segment wins at a boundary between
 * two: 'start' picks the one beginning there, 'end' the one ending there. Offsets in unrendered gaps snap forward
 * ('start') or back ('end') to the nearest segment.
 */
export function offsetToPoint(root: Element, offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  const segments = Array.from(root.querySelectorAll<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`));
  let best: { node: Node; offset: number } | null = null;
  for (const segment of segments) {
    const start = Number(segment.getAttribute(OFFSET_ATTRIBUTE));
    const length = segment.textContent?.length ?? 0;
    const end = start + length;
    const text = segment.firstChild ?? segment;
    const inside = side === 'start' ? offset >= start && offset < end : offset > start && offset <= end;
    if (inside) return { node: text, offset: offset - start };
    if (side === 'start' && start >= offset) return { node: text, offset: 0 };
    if (side === 'end' && end <= offset) best = { node: text, offset: length };
  }
  return best;
}

/** A DOM Range over [start, end) of the text, or null when nothing of it is rendered. */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  const from = offsetToPoint(root, start, 'start');
  const to = offsetToPoint(root, end, 'end');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
