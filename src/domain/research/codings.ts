import { DomainError } from '../common/domain-error';
/**
 * Codings: a coder applied a code to a span of a transcript. Offsets are UTF-16 code-unit indices into the transcript
 * text (what String.prototype.slice uses), half-open [start, end); spans may overlap.
 *
 * When a transcript is edited, rebaseCodings carries each coding over to the new text by aligning old and new text
 * (common prefix and suffix, then a Myers diff on lines, then on words inside changed lines). A coding moves only if
 * its whole passage survived unchanged; otherwise it is flagged for the researcher. It never lands on different text.
 */
export interface Coding {
  id: string;
  transcriptId: string;
  codeId: string;
  coderId: string;
  start: number;
  end: number;
}

export interface Transcript {
  id: string;
  text: string;
}

export type CodingErrorReason = 'INVALID_SPAN' | 'UNKNOWN_TRANSCRIPT' | 'INVALID_OPTION' | 'DUPLICATE_ID' | 'EMPTY_QUERY';

/** The error the coding workbench's pure functions (codings, saturation, coding agreement, queries) throw. */
export class CodingInputError extends DomainError<CodingErrorReason> {}

export type SpanProblemReason = 'NOT_A_WHOLE_NUMBER' | 'OUT_OF_RANGE' | 'REVERSED' | 'EMPTY' | 'SPLITS_CHARACTER';

export interface SpanProblem {
  reason: SpanProblemReason;
  message: string;
}

/** Every problem with a span of `text`; an empty list means the span can be coded. */
export function validateSpan(text: string, start: number, end: number): SpanProblem[] {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return [problem('NOT_A_WHOLE_NUMBER', `Start and end must be whole character offsets; got start ${start} and end ${end}.`)];
  }
  const problems: SpanProblem[] = [];
  if (start < 0 || end < 0 || start > text.length || end > text.length) {
    problems.push(problem('OUT_OF_RANGE', `The span ${start}–${end} lies outside the transcript, whose offsets run from 0 to ${text.length}.`));
  }
  if (start > end) problems.push(problem('REVERSED', `The span starts at ${start} but ends before that, at ${end}; swap start and end.`));
  if (start === end) problems.push(problem('EMPTY', `The span ${start}–${end} is empty; select at least one character.`));
  for (const [side, offset] of [['start', start], ['end', end]] as const) {
    if (splitsSurrogatePair(text, offset)) {
      problems.push(problem('SPLITS_CHARACTER', `The span's ${side} (offset ${offset}) falls inside a character; move it by one.`));
    }
  }
  return problems;
}

/** Throws CodingInputError (reason INVALID_SPAN) naming the coding when its span does not fit the text. */
export function assertValidCodingSpan(text: string, coding: Coding): void {
  const [first] = validateSpan(text, coding.start, coding.end);
  if (first) throw new CodingInputError('INVALID_SPAN', `Coding "${coding.id}" on transcript "${coding.transcriptId}": ${first.message}`);
}

export type RebasedCoding =
  | { codingId: string; status: 'moved'; start: number; end: number; relocated: boolean }
  | { codingId: string; status: 'flagged'; reason: 'edited' | 'deleted' | 'invalid'; message: string };

/** A stretch of text that is identical in the old and the new version. */
export interface AlignedBlock {
  oldStart: number;
  newStart: number;
  length: number;
}

/**
 * Where each coding goes after the transcript changed from oldText to newText, in the order given. 'moved' codings
 * cover exactly the same passage in newText (checked); `relocated` marks a passage the diff saw as deleted but that
 * occurs exactly once in both versions and is at least RELOCATE_MIN_LENGTH long, e.g. a paragraph moved elsewhere.
 */
export function rebaseCodings(oldText: string, newText: string, codings: readonly Coding[]): RebasedCoding[] {
  const blocks = alignTexts(oldText, newText);
  return codings.map((coding): RebasedCoding => {
    const { id: codingId, start, end } = coding;
    const [invalidSpan] = validateSpan(oldText, start, end);
    if (invalidSpan) return { codingId, status: 'flagged', reason: 'invalid', message: invalidSpan.message };
    const passage = oldText.slice(start, end);
    const block = blocks[lastBlockStartingBy(blocks, start)];
    if (block && end <= block.oldStart + block.length) {
      const newStart = block.newStart + (start - block.oldStart);
      if (newText.slice(newStart, newStart + passage.length) === passage) {
        return { codingId, status: 'moved', start: newStart, end: newStart + passage.length, relocated: false };
      }
    }
    const relocatedStart = uniqueRelocation(oldText, newText, passage);
    if (relocatedStart !== null) {
      return { codingId, status: 'moved', start: relocatedStart, end: relocatedStart + passage.length, relocated: true };
    }
    const survives = blocks.some((b) => b.oldStart < end && start < b.oldStart + b.length);
    const quoted = `"${passage.length > 40 ? `${passage.slice(0, 40)}…` : passage}"`;
    return survives
      ? { codingId, status: 'flagged', reason: 'edited', message: `The coded passage ${quoted} was changed by the edit; check the coding and place it again.` }
      : { codingId, status: 'flagged', reason: 'deleted', message: `The coded passage ${quoted} is no longer in the transcript; delete the coding or place it on the new text.` };
  });
}

export const RELOCATE_MIN_LENGTH = 20;
/** Beyond this many inserted plus deleted lines (or words) the diff gives up and treats the stretch as rewritten. */
const MAX_EDITS = 1000;

/** The stretches of text that old and new versions share, in order, as found by the diff. */
export function alignTexts(oldText: string, newText: string): AlignedBlock[] {
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const blocks: AlignedBlock[] = [{ oldStart: 0, newStart: 0, length: prefix }];
  const oldEnd = oldText.length - suffix;
  const newEnd = newText.length - suffix;
  const tokenIds = new Map<string, number>();
  const lineMatches = alignTokens(tokenize(oldText, prefix, oldEnd, LINE, tokenIds), tokenize(newText, prefix, newEnd, LINE, tokenIds), blocks);
  // Inside each stretch of changed lines, align words.
  let [oldCursor, newCursor] = [prefix, prefix];
  for (const [oldGapEnd, newGapEnd, oldNext, newNext] of [...lineMatches, [oldEnd, newEnd, oldEnd, newEnd] as const]) {
    if (oldGapEnd > oldCursor && newGapEnd > newCursor) {
      alignTokens(tokenize(oldText, oldCursor, oldGapEnd, WORD, tokenIds), tokenize(newText, newCursor, newGapEnd, WORD, tokenIds), blocks);
    }
    [oldCursor, newCursor] = [oldNext, newNext];
  }
  blocks.push({ oldStart: oldEnd, newStart: newEnd, length: suffix });
  return mergeBlocks(blocks);
}

const LINE = /[^\n]*\n|[^\n]+/g;
const WORD = /\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

interface Tokens {
  ids: Int32Array;
  starts: number[];
  ends: number[];
}

function tokenize(text: string, from: number, to: number, pattern: RegExp, tokenIds: Map<string, number>): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.slice(from, to).matchAll(pattern)) {
    let id = tokenIds.get(match[0]);
    if (id === undefined) tokenIds.set(match[0], (id = tokenIds.size));
    ids.push(id);
    starts.push(from + (match.index ?? 0));
    ends.push(from + (match.index ?? 0) + match[0].length);
  }
  return { ids: Int32Array.from(ids), starts, ends };
}

/**
 * Adds a block for every matched token and returns, for each match, [old start, new start, old end, new end] so the
 * caller can look between matches. Returns no matches when the diff needs more than MAX_EDITS edits.
 */
function alignTokens(a: Tokens, b: Tokens, blocks: AlignedBlock[]): Array<readonly [number, number, number, number]> {
  const matches = myersMatches(a.ids, b.ids, MAX_EDITS) ?? [];
  return matches.map(([i, j]) => {
    const [oldStart, newStart, oldEnd] = [a.starts[i] as number, b.starts[j] as number, a.ends[i] as number];
    blocks.push({ oldStart, newStart, length: oldEnd - oldStart });
    return [oldStart, newStart, oldEnd, newStart + (oldEnd - oldStart)] as const;
  });
}

/**
 * Myers (1986), "An O(ND) difference algorithm and its variations": the pairs [i, j] with a[i] === b[j] on one
 * shortest edit script, in order; null when that script has more than maxEdits insertions and deletions.
 */
export function myersMatches(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): Array<[number, number]> | null {
  const [n, m] = [a.length, b.length];
  const limit = Math.min(maxEdits, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = []; // trace[d] holds v[k] for k in [-d-1, d+1] before step d
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const fromAbove = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = fromAbove ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Array<[number, number]> {
  const matches: Array<[number, number]> = [];
  let [x, y] = [n, m];
  for (let d = trace.length - 1; d >= 0; d--) {
    const snapshot = trace[d] as Int32Array;
    const at = (k: number): number => snapshot[k + d + 1] as number;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      [x, y] = [x - 1, y - 1];
      matches.push([x, y]);
    }
    [x, y] = [previousX, previousY];
  }
  return matches.reverse();
}

function mergeBlocks(blocks: AlignedBlock[]): AlignedBlock[] {
  const merged: AlignedBlock[] = [];
  for (const block of [...blocks].sort((p, q) => p.oldStart - q.oldStart)) {
    if (block.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.oldStart + last.length === block.oldStart && last.newStart + last.length === block.newStart) {
      last.length += block.length;
    } else {
      merged.push({ ...block });
    }
  }
  return merged;
}

function lastBlockStartingBy(blocks: AlignedBlock[], offset: number): number {
  let [low, high] = [0, blocks.length - 1];
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle] as AlignedBlock).oldStart <= offset) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  return found;
}

function uniqueRelocation(oldText: string, newText: string, passage: string): number | null {
  if (passage.trim().length < RELOCATE_MIN_LENGTH) return null;
  const once = (text: string): number | null => {
    const first = text.indexOf(passage);
    return first >= 0 && text.indexOf(passage, first + 1) < 0 ? first : null;
  };
  return once(oldText) === null ? null : once(newText);
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function problem(reason: SpanProblemReason, message: string): SpanProblem {
  return { reason, message };
}
