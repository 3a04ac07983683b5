import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptImportError } from './parse-transcript';
import { detectTurns } from './turns';

const bytes = (text: string) => new TextEncoder().encode(text);

function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

describe('transcript files', () => {
  it('reads speaker turns from a plain-text interview, with offsets into the text', () => {
    const text = 'Interviewer: Why does it matter?\nRep: Because the field is different.\nAnd we say so.\nInterviewer: Thanks.';
    const parsed = parseTranscript({ fileName: 'rep.txt', bytes: bytes(text) });
    expect(parsed.text).toBe(text);
    expect(parsed.turns.map((t) => [t.speaker, text.slice(t.start, t.end)])).toEqual([
      ['Interviewer', 'Interviewer: Why does it matter?'],
      ['Rep', 'Rep: Because the field is different.\nAnd we say so.'],
      ['Interviewer', 'Interviewer: Thanks.'],
    ]);
  });

  it('understands timestamps, Q/A labels and Windows line endings', () => {
    const parsed = parseTranscript({ fileName: 'a.txt', bytes: bytes('[00:01:02] Speaker 1: hello\r\nQ: why?\r\nA: because') });
    expect(parsed.text).toBe('[00:01:02] Speaker 1: hello\nQ: why?\nA: because');
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['Speaker 1', 'Q', 'A']);
  });

  it('drops markdown emphasis around speaker labels but keeps the words', () => {
    const parsed = parseTranscript({ fileName: 'a.md', bytes: bytes('# Interview 3\n**Jane (Sales):** we were never asked.\n**Interviewer**: why?') });
    expect(parsed.text).toBe('# Interview 3\nJane (Sales): we were never asked.\nInterviewer: why?');
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['Jane (Sales)', 'Interviewer']);
  });

  it('reads the paragraphs of a Word document', () => {
    const parsed = parseTranscript({ fileName: 'x.docx', bytes: docx(['Interviewer: first question', 'CMO: the answer &amp; more']) });
    expect(parsed.text).toBe('Interviewer: first question\nCMO: the answer & more');
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'CMO']);
  });

  it('refuses unsupported files, invalid UTF-8, a docx that is not a zip, and empty text', () => {
    expect(() => parseTranscript({ fileName: 'deck.pptx', bytes: bytes('x') })).toThrow(/\.txt, \.md and \.docx/);
    expect(() => parseTranscript({ fileName: 'a.txt', bytes: new Uint8Array([0xff, 0xfe, 0x41]) })).toThrow(/not UTF-8/);
    expect(() => parseTranscript({ fileName: 'a.docx', bytes: bytes('plain') })).toThrow(TranscriptImportError);
    expect(() => parseTranscript({ fileName: 'a.txt', bytes: bytes('  \n ') })).toThrow(/no text/);
  });

  it('does not take a long sentence with a colon for a speaker label', () => {
    expect(detectTurns('This is what the regional manager told us in the spring meeting: nothing.')).toEqual([]);
  });
});
