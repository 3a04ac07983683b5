import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_TEXT_BYTES, parseTranscriptFile, TranscriptImportError } from './parse-transcript-file';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A minimal Word document: the content-types part and word/document.xml around the given body XML. */
function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`),
    ...extra,
  });
}

const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

function refusal(fileName: string, bytes: Uint8Array): TranscriptImportError {
  try {
    parseTranscriptFile({ fileName, bytes });
  } catch (error) {
    if (error instanceof TranscriptImportError) return error;
    throw error;
  }
  throw new Error('expected the transcript to be refused');
}

describe('parseTranscriptFile', () => {
  it('reads a .txt with a byte-order mark and Windows line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Interviewer: Hi.\r\nRep: Hello – ça va?\r\n')]);
    const { text, turns } = parseTranscriptFile({ fileName: 'rep.TXT', bytes });
    expect(text).toBe('Interviewer: Hi.\nRep: Hello – ça va?\n');
    expect(turns).toEqual([
      { speaker: 'Interviewer', start: 0, end: 16 },
      { speaker: 'Rep', start: 17, end: 36 },
    ]);
  });

  it('reads UTF-16 text that starts with a byte-order mark', () => {
    const content = 'Q: Où?\nA: Ici.';
    const bytes = new Uint8Array([0xff, 0xfe, ...[...content].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8])]);
    expect(parseTranscriptFile({ fileName: 'a.txt', bytes }).turns.map((turn) => turn.speaker)).toEqual(['Q', 'A']);
  });

  it('reads markdown, dropping emphasis around labels and keeping headings as text', () => {
    const { text, turns } = parseTranscriptFile({ fileName: 'call.md', bytes: utf8('# Call with Acme\n\n**Jane (Sales):** We were *never* asked.\n**Interviewer:** Why?') });
    expect(text).toBe('# Call with Acme\n\nJane (Sales): We were *never* asked.\nInterviewer: Why?');
    expect(turns.map((turn) => text.slice(turn.start, turn.end))).toEqual(['Jane (Sales): We were *never* asked.', 'Interviewer: Why?']);
  });

  it('reads a Word document: runs, tabs, breaks, tables, hyperlinks and headings; not deleted text', () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Interview 3 — Acme')}</w:p>` +
      paragraph(run('Inter', true), run('viewer:', true), run(' How do leads &amp; deals reach you?')) +
      paragraph(run('Rep: Mostly'), '<w:r><w:tab/></w:r>', run('forms'), '<w:r><w:br/></w:r>', run('and calls.')) +
      paragraph(`<w:del w:id="1" w:author="A"><w:r><w:delText>DELETED</w:delText></w:r></w:del>`, run('Also '), `<w:hyperlink r:id="rId1" xmlns:r="urn:r">${run('our site')}</w:hyperlink>`, run('.')) +
      `<w:tbl><w:tr><w:tc>${paragraph(run('Q: In a table?'))}</w:tc><w:tc>${paragraph(run('A: Yes.'))}</w:tc></w:tr></w:tbl>`;
    const { text, turns } = parseTranscriptFile({ fileName: 'interview.docx', bytes: docx(body) });
    expect(text).toBe('Interview 3 — Acme\nInterviewer: How do leads & deals reach you?\nRep: Mostly\tforms\nand calls.\nAlso our site.\nQ: In a table?\nA: Yes.');
    expect(turns.map((turn) => [turn.speaker, text.slice(turn.start, turn.end)])).toEqual([
      ['Interviewer', 'Interviewer: How do leads & deals reach you?'],
      ['Rep', 'Rep: Mostly\tforms\nand calls.\nAlso our site.'],
      ['Q', 'Q: In a table?'],
      ['A', 'A: Yes.'],
    ]);
  });
});

describe('parseTranscriptFile refuses, saying what to do', () => {
  it('file types it cannot read', () => {
    expect(refusal('deck.pdf', utf8('%PDF'))).toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE', message: 'deck.pdf: Tandem reads transcripts from .txt, .md, .docx files. Save it in one of these formats.' });
    expect(refusal('old.doc', utf8('x')).message).toContain('save it as .docx');
    expect(refusal('noextension', utf8('x')).reason).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('text that is not UTF-8', () => {
    expect(refusal('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({
      reason: 'INVALID_ENCODING',
      message: 'latin1.txt is not valid UTF-8 text; save it as UTF-8 and upload it again.',
    });
  });

  it('a .docx that is no zip, or has no word/document.xml', () => {
    expect(refusal('fake.docx', utf8('Interviewer: hi'))).toMatchObject({ reason: 'NOT_A_DOCX', message: expect.stringContaining('it is not a zip archive') });
    expect(refusal('parts.docx', zipSync({ 'word/other.xml': strToU8('<x/>') })).reason).toBe('MISSING_DOCUMENT_XML');
  });

  it('a .docx with a DOCTYPE (entity expansion) or a lying zip size', () => {
    const entities = zipSync({ 'word/document.xml': strToU8(`<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="${W}"><w:body/></w:document>`) });
    expect(refusal('evil.docx', entities).reason).toBe('UNSAFE_FILE');
    const bomb = docx(paragraph(run('x'.repeat(3_000_000))));
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 500, true);
    expect(refusal('bomb.docx', bomb)).toMatchObject({ reason: 'TOO_LARGE', message: expect.stringContaining('zip bomb') });
  });

  it('an empty transcript', () => {
    expect(refusal('empty.txt', utf8(' \n\t\n'))).toMatchObject({ reason: 'EMPTY_TRANSCRIPT', message: 'empty.txt has no text in it.' });
    expect(refusal('empty.docx', docx(paragraph(run('  ')))).reason).toBe('EMPTY_TRANSCRIPT');
  });

  it('more than 10 MB of text, in a text file or a Word document', () => {
    expect(refusal('big.txt', new Uint8Array(MAX_TRANSCRIPT_TEXT_BYTES + 1).fill(0x61))).toMatchObject({ reason: 'TOO_LARGE', message: 'big.txt is 10.0 MB, over the 10 MB limit; split it into parts.' });
    const big = docx(paragraph(run('word '.repeat(2_200_000))));
    expect(refusal('big.docx', big)).toMatchObject({ reason: 'TOO_LARGE', message: expect.stringContaining('of text, over the 10 MB limit') });
  });
});
