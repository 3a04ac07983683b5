/**
 * Reliability of coding: turns the codings of two or more coders on the same transcripts into AgreementData, which
 * computeAgreement then scores with any of its statistics.
 *
 * The text of each transcript is cut into segments at every coding boundary, merged so that a segment is a maximal
 * stretch over which no coder's codes change. A unit is such a segment ('segment') or each of its characters
 * ('character'; the rows are built per segment and shared, so 100k characters cost 100k array slots, not 100k arrays).
 * - All codes: a coder's label is the code applied, the codes joined with " + " when several overlap, or "(uncoded)".
 * - One code (`codeId`): a coder's label is "present" or "absent"; segments come from that code's codings only.
 * - `countUncoded`: whether stretches no coder coded (with that code) count as units; they inflate agreement.
 * A coder counts as having coded a transcript when `codedBy` says so or, without it, when they have at least one coding
 * there; on other transcripts their label is null (missing), not "(uncoded)".
 */
import type { AgreementData } from './agreement-data';
import { validateAgreementData } from './agreement-data';
import { naturalCategoryOrder } from './category-order';
import type { Coding, Transcript } from './codings';
import { CodingInputError, assertValidCodingSpan } from './codings';

export const UNCODED = '(uncoded)';
export const PRESENT = 'present';
export const ABSENT = 'absent';
export const CODE_SET_SEPARATOR = ' + ';

export interface CodingScope {
  /** The transcripts coded; every coding must be on one of them. */
  transcripts: readonly Transcript[];
  /** Compare agreement on this code only (present/absent); default: all codes. */
  codeId?: string;
  /** The coders to compare, in this order; default: every coder in the codings. Codings of other coders are ignored. */
  coders?: readonly string[];
  /** transcriptId → the coders who coded it, including those who found nothing to code. */
  codedBy?: Readonly<Record<string, readonly string[]>>;
}

export interface CodingAgreementOptions extends CodingScope {
  unit: 'segment' | 'character';
  countUncoded: boolean;
}

/** A maximal stretch of one transcript over which every coder's codes stay the same. */
export interface CodedSegment {
  transcriptId: string;
  start: number;
  end: number;
  /** Per coder (in `coders` order): the codes applied here, sorted; null when the coder did not code the transcript. */
  codesByCoder: Array<string[] | null>;
}

export interface Disagreement {
  transcriptId: string;
  start: number;
  end: number;
  /** The codes each coder who coded the transcript applied here ([] for none). */
  byCoder: Record<string, string[]>;
  text: string;
}

/** The coders compared and every segment of every transcript, uncoded ones included. */
export function codedSegments(codings: readonly Coding[], scope: CodingScope): { coders: string[]; segments: CodedSegment[] } {
  const coders = scope.coders ? [...scope.coders] : naturalCategoryOrder(codings.map((coding) => coding.coderId));
  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const transcripts = new Map(scope.transcripts.map((transcript) => [transcript.id, transcript]));
  const byTranscript = new Map(scope.transcripts.map((transcript) => [transcript.id, [] as Coding[]]));
  const codedTranscript = coders.map(() => new Set<string>());
  for (const coding of codings) {
    const transcript = transcripts.get(coding.transcriptId);
    const list = byTranscript.get(coding.transcriptId);
    if (transcript === undefined || list === undefined) {
      throw new CodingInputError(
        'UNKNOWN_TRANSCRIPT',
        `Coding "${coding.id}" is on transcript "${coding.transcriptId}", which was not given; add that transcript or leave its codings out.`,
      );
    }
    assertValidCodingSpan(transcript.text, coding);
    const coder = coderIndex.get(coding.coderId);
    if (coder === undefined) continue;
    const listed = scope.codedBy?.[coding.transcriptId];
    if (listed && !listed.includes(coding.coderId)) {
      throw new CodingInputError(
        'INVALID_OPTION',
        `Coder "${coding.coderId}" has codings on transcript "${coding.transcriptId}" but codedBy does not list them; add them there.`,
      );
    }
    codedTranscript[coder]?.add(coding.transcriptId);
    if (scope.codeId === undefined || coding.codeId === scope.codeId) list.push(coding);
  }
  const segments = scope.transcripts.flatMap((transcript) => {
    const explicit = scope.codedBy?.[transcript.id];
    const present = coders.map((coder, index) => (explicit ? explicit.includes(coder) : codedTranscript[index]?.has(transcript.id) === true));
    return segmentsOf(transcript, byTranscript.get(transcript.id) ?? [], coderIndex, present);
  });
  return { coders, segments };
}

/** Reliability data for computeAgreement; see the file comment for units and labels. */
export function codingAgreementData(codings: readonly Coding[], options: CodingAgreementOptions): AgreementData {
  if (options.unit !== 'segment' && options.unit !== 'character') {
    throw new CodingInputError('INVALID_OPTION', `Unit "${String(options.unit)}" is not known; use "segment" or "character".`);
  }
  const { coders, segments } = codedSegments(codings, options);
  const units: Array<Array<string | null>> = [];
  for (const segment of segments) {
    const coded = segment.codesByCoder.filter((codes) => codes !== null);
    if (coded.length === 0) continue;
    if (!options.countUncoded && coded.every((codes) => codes.length === 0)) continue;
    const labels = Object.freeze(segment.codesByCoder.map((codes) => labelOf(codes, options.codeId))) as Array<string | null>;
    const repeat = options.unit === 'character' ? segment.end - segment.start : 1;
    for (let i = 0; i < repeat; i++) units.push(labels);
  }
  const data = { coders, units };
  validateAgreementData(data);
  return data;
}

/** The segments where coders who coded the transcript applied different codes (or, with `codeId`, differ on it). */
export function disagreements(codings: readonly Coding[], scope: CodingScope): Disagreement[] {
  const { coders, segments } = codedSegments(codings, scope);
  const texts = new Map(scope.transcripts.map((transcript) => [transcript.id, transcript.text]));
  const result: Disagreement[] = [];
  for (const segment of segments) {
    const byCoder: Record<string, string[]> = {};
    segment.codesByCoder.forEach((codes, index) => {
      if (codes !== null) byCoder[coders[index] as string] = codes;
    });
    const keys = new Set(Object.values(byCoder).map((codes) => codes.join('\n')));
    if (keys.size < 2) continue;
    const { transcriptId, start, end } = segment;
    result.push({ transcriptId, start, end, byCoder, text: (texts.get(transcriptId) ?? '').slice(start, end) });
  }
  return result;
}

function labelOf(codes: string[] | null, codeId: string | undefined): string | null {
  if (codes === null) return null;
  if (codeId !== undefined) return codes.length > 0 ? PRESENT : ABSENT;
  return codes.length > 0 ? codes.join(CODE_SET_SEPARATOR) : UNCODED;
}

/** Sweeps the boundaries of one transcript's codings and emits maximal stretches of unchanged coding. */
function segmentsOf(transcript: Transcript, codings: Coding[], coderIndex: Map<string, number>, present: boolean[]): CodedSegment[] {
  const events = new Map<number, Array<{ coder: number; codeId: string; delta: number }>>();
  const addEvent = (at: number, coder: number, codeId: string, delta: number): void => {
    const list = events.get(at);
    if (list) list.push({ coder, codeId, delta });
    else events.set(at, [{ coder, codeId, delta }]);
  };
  for (const coding of codings) {
    const coder = coderIndex.get(coding.coderId) as number;
    addEvent(coding.start, coder, coding.codeId, 1);
    addEvent(coding.end, coder, coding.codeId, -1);
  }
  const boundaries = [...new Set([0, transcript.text.length, ...events.keys()])].sort((a, b) => a - b);
  const active = present.map(() => new Map<string, number>());
  const segments: CodedSegment[] = [];
  let previousKey: string | null = null;
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i] as number;
    for (const { coder, codeId, delta } of events.get(start) ?? []) {
      const counts = active[coder] as Map<string, number>;
      const count = (counts.get(codeId) ?? 0) + delta;
      if (count === 0) counts.delete(codeId);
      else counts.set(codeId, count);
    }
    const codesByCoder = active.map((counts, coder) => (present[coder] ? [...counts.keys()].sort() : null));
    const key = JSON.stringify(codesByCoder);
    const last = segments[segments.length - 1];
    if (last && key === previousKey) last.end = boundaries[i + 1] as number;
    else segments.push({ transcriptId: transcript.id, start, end: boundaries[i + 1] as number, codesByCoder });
    previousKey = key;
  }
  return segments;
}
