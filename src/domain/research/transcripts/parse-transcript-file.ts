import { decodeUnicodeText } from '../refi-qda/text-decoding';
import { readDocxLines } from './read-docx';
import { detectSpeakerTurns, isMarkdownHeading } from './speaker-turns';
import type { SpeakerTurn, TranscriptLine } from './speaker-turns';
import { TranscriptImportError } from './transcript-error';

export { TranscriptImportError } from './transcript-error';
export type { TranscriptImportErrorReason } from './transcript-error';
export type { SpeakerTurn } from './speaker-turns';

export interface TranscriptFile {
  text: string;
  /** Speaker turns in order; offsets index `text` (UTF-16): `text.slice(start, end)` is the turn, label included. */
  turns: SpeakerTurn[];
}

/** The largest transcript accepted: 10 MB of text (as UTF-8), a few thousand pages. */
export const MAX_TRANSCRIPT_TEXT_BYTES = 10 * 1024 * 1024;

const SUPPORTED = ['.txt', '.md', '.markdown', '.docx'] as const;

/**
 * Reads an interview transcript from a `.txt`, `.md` or `.docx` file and finds its speaker turns.
 * - `.txt`: UTF-8 (a byte-order mark is dropped; UTF-16 with a byte-order mark is read too); line ends become `\n`,
 *   every other character is kept.
 * - `.md`: as `.txt`, but emphasis around a speaker label is removed (`**Jane:** Hi` reads `Jane: Hi`); a heading
 *   line is kept as text and ends the turn before it.
 * - `.docx`: the paragraphs of `word/document.xml`, one per line; heading styles end turns as in markdown.
 * Throws TranscriptImportError for another file type, text that is not UTF-8, a damaged or unsafe .docx, an empty
 * transcript or one over 10 MB of text.
 */
export function parseTranscriptFile({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): TranscriptFile {
  const extension = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  let lines: TranscriptLine[];
  let markdown = false;
  if (extension === '.docx') {
    lines = readDocxLines(bytes, fileName);
  } else if (extension === '.txt' || extension === '.md' || extension === '.markdown') {
    markdown = extension !== '.txt';
    lines = textLines(decodeText(bytes, fileName), markdown);
  } else {
    const hint = extension === '.doc' ? ' Open it in Word and save it as .docx.' : ' Save it in one of these formats.';
    throw new TranscriptImportError(
      'UNSUPPORTED_FILE_TYPE',
      `${fileName}: Tandem reads transcripts from ${SUPPORTED.filter((type) => type !== '.markdown').join(', ')} files.${hint}`,
    );
  }
  const { text, turns } = detectSpeakerTurns(lines, { stripLabelEmphasis: markdown });
  if (text.trim() === '') throw new TranscriptImportError('EMPTY_TRANSCRIPT', `${fileName} has no text in it.`);
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_TRANSCRIPT_TEXT_BYTES) {
    throw new TranscriptImportError('TOO_LARGE', `${fileName} holds ${describeMegabytes(size)} of text, over the 10 MB limit; split it into parts.`);
  }
  return { text, turns };
}

function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_TRANSCRIPT_TEXT_BYTES) {
    throw new TranscriptImportError('TOO_LARGE', `${fileName} is ${describeMegabytes(bytes.length)}, over the 10 MB limit; split it into parts.`);
  }
  const text = decodeUnicodeText(bytes);
  if (text === undefined) {
    throw new TranscriptImportError('INVALID_ENCODING', `${fileName} is not valid UTF-8 text; save it as UTF-8 and upload it again.`);
  }
  return text;
}

function textLines(text: string, markdown: boolean): TranscriptLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => ({ text: line, isHeading: markdown && isMarkdownHeading(line) }));
}

function describeMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
