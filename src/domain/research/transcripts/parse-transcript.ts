import { docxText } from './docx';
import { detectTurns, type Turn } from './turns';

export class TranscriptImportError extends Error {
  readonly code = 'INVALID_INPUT' as const;
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptImportError';
  }
}

export const MAX_TRANSCRIPT_CHARACTERS = 10 * 1024 * 1024;

export interface ParsedTranscript {
  text: string;
  turns: Turn[];
}

/**
 * Reads an interview transcript from a .txt, .md or .docx file into plain text with speaker turns. Line endings
 * become \n; markdown emphasis around a speaker label is dropped, the words kept.
 */
export function parseTranscript(input: { fileName: string; bytes: Uint8Array }): ParsedTranscript {
  const extension = /\.([a-z0-9]+)$/i.exec(input.fileName)?.[1]?.toLowerCase();
  let text: string;
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new TranscriptImportError(`${input.fileName} is not UTF-8 text. Save it as UTF-8 and try again.`);
    }
    if (extension !== 'txt') text = text.replace(/^(\s*)(\*\*|__)([^*_\n]{1,60}?)(\*\*|__)\s*:\s*/gm, '$1$3: ').replace(/^(\s*)(\*\*|__)([^*_\n]{1,60}?):(\*\*|__)\s*/gm, '$1$3: ');
  } else if (extension === 'docx') {
    try {
      text = docxText(input.bytes, input.fileName);
    } catch (error) {
      throw new TranscriptImportError(`${input.fileName} could not be read as a Word document: ${(error as Error).message}`);
    }
  } else {
    throw new TranscriptImportError(`${input.fileName}: Tandem reads transcripts from .txt, .md and .docx files.`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new TranscriptImportError(`${input.fileName} has no text.`);
  if (text.length > MAX_TRANSCRIPT_CHARACTERS) throw new TranscriptImportError(`${input.fileName} has more than ${MAX_TRANSCRIPT_CHARACTERS.toLocaleString('en')} characters; split it.`);
  return { text, turns: detectTurns(text) };
}
