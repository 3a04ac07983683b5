/**
 * How a transcript's text is laid out for the workbench: speaker turns, their paragraphs, and within each paragraph
 * segments cut at every coding boundary. Every segment is rendered as one span holding exactly text.slice(start, end),
 * so a point in the page maps back to a character offset (see offsets.ts).
 */
export interface TurnRange {
  speaker: string;
  start: number;
  end: number;
}

export interface CodedRange {
  id: string;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  /** Codings that cover the whole segment, in the order given. */
  codingIds: string[];
}

export interface TextParagraph {
  start: number;
  end: number;
  segments: TextSegment[];
}

export interface TextBlock {
  /** The turn's speaker; null for text outside every turn. */
  speaker: string | null;
  start: number;
  end: number;
  paragraphs: TextParagraph[];
}

/** Turns in text order, clamped to the text, overlaps cut off, and the gaps filled with speakerless blocks. */
export function blockRanges(textLength: number, turns: readonly TurnRange[]): { speaker: string | null; start: number; end: number }[] {
  const sorted = turns
    .map((turn) => ({ speaker: turn.speaker, start: Math.max(0, turn.start), end: Math.min(textLength, turn.end) }))
    .filter((turn) => turn.end > turn.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: { speaker: string | null; start: number; end: number }[] = [];
  let cursor = 0;
  for (const turn of sorted) {
    const start = Math.max(turn.start, cursor);
    if (start >= turn.end) continue;
    if (start > cursor) blocks.push({ speaker: null, start: cursor, end: start });
    blocks.push({ speaker: turn.speaker, start, end: turn.end });
    cursor = turn.end;
  }
  if (cursor < textLength) blocks.push({ speaker: null, start: cursor, end: textLength });
  return blocks;
}

/** The runs of a range between line breaks that hold more than white space. */
export function paragraphRanges(text: string, start: number, end: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let runStart = start;
  for (let index = start; index <= end; index++) {
    if (index === end || text[index] === '\n') {
      if (text.slice(runStart, index).trim().length > 0) ranges.push({ start: runStart, end: index });
      runStart = index + 1;
    }
  }
  return ranges;
}

/** Cuts [start, end) at every coding boundary inside it; each piece lists the codings covering it. */
export function segmentRange(start: number, end: number, codings: readonly CodedRange[]): TextSegment[] {
  const inside = codings.filter((coding) => coding.start < end && coding.end > start && coding.end > coding.start);
  const cuts = new Set<number>([start, end]);
  for (const coding of inside) {
    if (coding.start > start && coding.start < end) cuts.add(coding.start);
    if (coding.end > start && coding.end < end) cuts.add(coding.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const segmentStart = points[index] as number;
    const segmentEnd = points[index + 1] as number;
    segments.push({
      start: segmentStart,
      end: segmentEnd,
      codingIds: inside.filter((coding) => coding.start <= segmentStart && coding.end >= segmentEnd).map((coding) => coding.id),
    });
  }
  return segments;
}

/** Where a turn's words begin: after "Speaker:" when the turn repeats its own label, which the page shows apart. */
export function contentStart(text: string, speaker: string | null, start: number, end: number): number {
  if (!speaker) return start;
  const head = text.slice(start, Math.min(end, start + speaker.length + 40));
  const escaped = speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Also "**Jane:**" and "__Jane__:" from Markdown transcripts.
  const match = new RegExp(`^\\s*(?:\\*\\*|__)?${escaped}(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?[ \\t]*`, 'i').exec(head);
  return match ? start + match[0].length : start;
}

export function layoutText(text: string, turns: readonly TurnRange[], codings: readonly CodedRange[]): TextBlock[] {
  return blockRanges(text.length, turns)
    .map((block) => ({
      ...block,
      paragraphs: paragraphRanges(text, contentStart(text, block.speaker, block.start, block.end), block.end).map((paragraph) => ({
        ...paragraph,
        segments: segmentRange(paragraph.start, paragraph.end, codings),
      })),
    }))
    .filter((block) => block.paragraphs.length > 0);
}

/** Narrows [start, end) so it neither starts nor ends with white space; null when nothing but white space is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? { start: from, end: to } : null;
}
