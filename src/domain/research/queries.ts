/**
 * Queries of the coded material, as in QDA tools: matrix coding (codes × an informant attribute), code co-occurrence,
 * text search and word frequency. Offsets are UTF-16 code-unit indices, as in codings.ts.
 */
import { naturalCategoryOrder } from './category-order';
import type { Coding, Transcript } from './codings';
import { CodingInputError } from './codings';

/** The value shown in matrix coding for informants without a value of the attribute. */
export const NO_VALUE = '(no value)';

export interface MatrixCodingInput {
  codings: readonly Coding[];
  /** transcriptId → transcript text; when given, each cell also carries the coded passages. */
  segmentsText?: Readonly<Record<string, string>>;
  /** The attributes of the informant interviewed in a transcript (function, level, firm, …). */
  informantOf: (transcriptId: string) => Readonly<Record<string, string | null | undefined>> | undefined;
  /** The codes to show as rows, in this order. */
  rows: readonly string[];
  columnAttribute: string;
}

export interface MatrixCell {
  codeId: string;
  value: string;
  /** Coding references: how many codings of the code fall on informants with this value. */
  count: number;
  /** How many distinct transcripts those codings are on. */
  transcripts: number;
  codingIds: string[];
  segments?: Array<{ codingId: string; text: string }>;
}

export interface MatrixCodingResult {
  /** Attribute values in natural order; NO_VALUE last when some informant has none. */
  columns: string[];
  /** Every row × column, row by row. */
  cells: MatrixCell[];
}

/** Codes × values of one informant attribute: which informants' interviews the codes were applied in. */
export function matrixCoding(input: MatrixCodingInput): MatrixCodingResult {
  const valueOf = (transcriptId: string): string => {
    const value = input.informantOf(transcriptId)?.[input.columnAttribute];
    return value === null || value === undefined || value.trim() === '' ? NO_VALUE : value;
  };
  const rowSet = new Set(input.rows);
  const cellCodings = new Map<string, Coding[]>();
  const values = new Set<string>();
  for (const coding of input.codings) {
    const value = valueOf(coding.transcriptId);
    values.add(value);
    if (!rowSet.has(coding.codeId)) continue;
    pushTo(cellCodings, JSON.stringify([coding.codeId, value]), coding);
  }
  const named = naturalCategoryOrder([...values].filter((value) => value !== NO_VALUE));
  const columns = values.has(NO_VALUE) ? [...named, NO_VALUE] : named;
  const cells = input.rows.flatMap((codeId) =>
    columns.map((value): MatrixCell => {
      const codings = cellCodings.get(JSON.stringify([codeId, value])) ?? [];
      const cell: MatrixCell = {
        codeId,
        value,
        count: codings.length,
        transcripts: new Set(codings.map((coding) => coding.transcriptId)).size,
        codingIds: codings.map((coding) => coding.id),
      };
      const texts = input.segmentsText;
      if (texts) cell.segments = codings.map((coding) => ({ codingId: coding.id, text: (texts[coding.transcriptId] ?? '').slice(coding.start, coding.end) }));
      return cell;
    }),
  );
  return { columns, cells };
}

export interface Cooccurrence {
  /** The two codes, codeA < codeB. */
  codeA: string;
  codeB: string;
  /** Number of overlapping coding pairs. */
  count: number;
  /** The overlapping pairs as [coding of codeA, coding of codeB]. */
  codingPairs: Array<[string, string]>;
}

/**
 * Pairs of different codes whose spans overlap (share at least one character) in the same transcript, most frequent
 * first. By default only codings of the same coder are paired, so one coder's code never "co-occurs" with another
 * coder's reading of the same passage.
 */
export function codeCooccurrence(codings: readonly Coding[], options: { sameCoderOnly?: boolean } = {}): Cooccurrence[] {
  const sameCoderOnly = options.sameCoderOnly ?? true;
  const groups = new Map<string, Coding[]>();
  for (const coding of codings) {
    pushTo(groups, JSON.stringify(sameCoderOnly ? [coding.transcriptId, coding.coderId] : [coding.transcriptId]), coding);
  }
  const pairs = new Map<string, Cooccurrence>();
  for (const group of groups.values()) {
    const byStart = [...group].sort((a, b) => a.start - b.start || a.end - b.end);
    let open: Coding[] = [];
    for (const coding of byStart) {
      open = open.filter((other) => other.end > coding.start);
      for (const other of open) {
        if (other.codeId === coding.codeId) continue;
        const [first, second] = other.codeId < coding.codeId ? [other, coding] : [coding, other];
        const key = JSON.stringify([first.codeId, second.codeId]);
        const pair = pairs.get(key) ?? { codeA: first.codeId, codeB: second.codeId, count: 0, codingPairs: [] };
        pair.count++;
        pair.codingPairs.push([first.id, second.id]);
        pairs.set(key, pair);
      }
      open.push(coding);
    }
  }
  return [...pairs.values()].sort((p, q) => q.count - p.count || compare(p.codeA, q.codeA) || compare(p.codeB, q.codeB));
}

export interface TextSearchOptions {
  caseSensitive?: boolean;
  /** Match only where the query is not part of a longer word. */
  wholeWord?: boolean;
  /** Characters of context on each side; default 40. */
  contextLength?: number;
}

export interface TextSearchHit {
  transcriptId: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

/** Every occurrence of `query` (plain text, not a pattern) in the transcripts, in order, without overlaps. */
export function textSearch(transcripts: readonly Transcript[], query: string, options: TextSearchOptions = {}): TextSearchHit[] {
  if (query.trim() === '') throw new CodingInputError('EMPTY_QUERY', 'Type a word or phrase to search for.');
  const context = options.contextLength ?? 40;
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = options.wholeWord ? `(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])` : escaped;
  const regex = new RegExp(pattern, `gu${options.caseSensitive ? '' : 'i'}`);
  return transcripts.flatMap(({ id, text }) =>
    [...text.matchAll(regex)].map((found) => {
      const start = found.index ?? 0;
      const end = start + found[0].length;
      return {
        transcriptId: id,
        start,
        end,
        before: text.slice(Math.max(0, start - context), start),
        match: found[0],
        after: text.slice(end, end + context),
      };
    }),
  );
}

/** Common English function words, and the fillers of spoken interviews, left out of word frequency by default. */
export const ENGLISH_STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', "aren't", 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', "can't", 'cannot', 'could',
  "couldn't", 'did', "didn't", 'do', 'does', "doesn't", 'doing', "don't", 'down', 'during', 'each', 'even', 'few', 'for',
  'from', 'further', 'get', 'got', 'had', "hadn't", 'has', "hasn't", 'have', "haven't", 'having', 'he', "he'd", "he'll",
  "he's", 'her', 'here', "here's", 'hers', 'herself', 'him', 'himself', 'his', 'how', "how's", 'i', "i'd", "i'll", "i'm",
  "i've", 'if', 'in', 'into', 'is', "isn't", 'it', "it's", 'its', 'itself', 'just', 'know', 'kind', 'let', "let's", 'like',
  'mean', 'me', 'more', 'most', 'much', "mustn't", 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'oh', 'ok',
  'okay', 'on', 'once', 'only', 'or', 'other', 'ought', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'really', 'right',
  'same', 'say', 'said', 'so', 'some', 'such', 'than', 'that', "that's", 'the', 'their', 'theirs', 'them', 'themselves',
  'then', 'there', "there's", 'these', 'they', "they'd", "they'll", "they're", "they've", 'thing', 'things', 'think',
  'this', 'those', 'through', 'to', 'too', 'um', 'uh', 'under', 'until', 'up', 'very', 'was', "wasn't", 'we', "we'd",
  "we'll", "we're", "we've", 'well', 'were', "weren't", 'what', "what's", 'when', "when's", 'where', "where's", 'which',
  'while', 'who', "who's", 'whom', 'why', "why's", 'will', 'with', "won't", 'would', "wouldn't", 'yeah', 'yes', 'you',
  "you'd", "you'll", "you're", "you've", 'your', 'yours', 'yourself', 'yourselves',
];

export interface WordFrequencyOptions {
  /** Words to leave out, matched case-insensitively; default ENGLISH_STOPWORDS. Pass [] to keep every word. */
  stopwords?: readonly string[];
  /** Shortest word counted, in characters; default 3. */
  minLength?: number;
  /** How many words to return; default 50. */
  top?: number;
}

export interface WordCount {
  word: string;
  count: number;
  /** count as a share of all words counted (after stopwords and minLength), 0–1. */
  share: number;
}

/** The most frequent words of the texts, lower-cased, most frequent first (ties alphabetical). */
export function wordFrequency(texts: readonly string[], options: WordFrequencyOptions = {}): WordCount[] {
  const stopwords = new Set((options.stopwords ?? ENGLISH_STOPWORDS).map(normalizeWord));
  const minLength = options.minLength ?? 3;
  const top = options.top ?? 50;
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const [token] of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
      const word = normalizeWord(token);
      if ([...word].length < minLength || stopwords.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
  }
  return [...counts]
    .sort(([wordA, countA], [wordB, countB]) => countB - countA || compare(wordA, wordB))
    .slice(0, top)
    .map(([word, count]) => ({ word, count, share: count / total }));
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
