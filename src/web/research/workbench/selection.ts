import { offsetToPoint, offsetsToRange, pointToOffset, rangeToOffsets } from './offsets';

/** The text offsets of the document's selection when it lies inside `root`; 'outside' when it lies elsewhere. */
export function readSelection(root: HTMLElement, textLength: number): { start: number; end: number; collapsed: boolean } | 'outside' {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return 'outside';
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return 'outside';
  if (!range.collapsed) {
    const offsets = rangeToOffsets(root, range, textLength);
    if (offsets) return { ...offsets, collapsed: false };
  }
  const caret = pointToOffset(root, range.startContainer, range.startOffset, textLength) ?? 0;
  return { start: caret, end: caret, collapsed: true };
}

/** Selects [start, end) of the text in the page, scrolls it into view, and returns whether it could. */
export function selectOffsets(root: HTMLElement, start: number, end: number): boolean {
  const range = offsetsToRange(root, start, end);
  const selection = document.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Puts a collapsed caret at a text offset, so Shift+arrow keys can grow a selection from there. */
export function placeCaret(root: HTMLElement, offset: number): void {
  const point = offsetToPoint(root, offset, 'start') ?? offsetToPoint(root, offset, 'end');
  const selection = document.getSelection();
  if (!point || !selection) return;
  selection.collapse(point.node, point.offset);
}

export type Granularity = 'character' | 'word' | 'line' | 'paragraphboundary';

/** Extends or moves the selection with the browser's own text navigation (Selection.modify). */
export function modifySelection(alter: 'extend' | 'move', direction: 'forward' | 'backward', granularity: Granularity): void {
  const selection = document.getSelection() as (Selection & { modify?: (alter: string, direction: string, granularity: string) => void }) | null;
  selection?.modify?.(alter, direction, granularity);
}

export function clearDocumentSelection(): void {
  document.getSelection()?.removeAllRanges();
}

type HighlightRegistryLike = { set(name: string, highlight: unknown): void; delete(name: string): void };

/**
 * Paints [start, end) with a named CSS custom highlight (::highlight(name)), without touching the DOM, so the pending
 * selection stays visible while focus is in the code list. Browsers without the API simply show nothing extra.
 */
export function paintHighlight(name: string, root: HTMLElement | null, start: number | null, end: number | null): void {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  if (!root || start === null || end === null || end <= start) {
    registry.delete(name);
    return;
  }
  const range = offsetsToRange(root, start, end);
  if (range) registry.set(name, new HighlightClass(range));
  else registry.delete(name);
}
