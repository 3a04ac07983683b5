import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QdaImportError } from './errors';
import { projectToQdpx } from './export-qdpx';
import { qdpxToProject } from './import-qdpx';
import { sampleQdaProject } from './sample-project';

const NS = 'urn:QDA-XML:project:1.0';
const CODE = 'c0000000-0000-4000-8000-000000000001';
const SOURCE = '50000000-0000-4000-8000-000000000001';
const SELECTION = '5e000000-0000-4000-8000-000000000001';
const CODING = 'c1000000-0000-4000-8000-000000000001';

/** A .qdpx holding `qde` as project.qde plus the given files. */
function archive(qde: string, files: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(qde) };
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries);
}

function project(body: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${NS}" name="Imported"${attributes}>${body}</Project>`;
}

const codebook = `<CodeBook><Codes><Code guid="${CODE}" name="Trust" isCodable="true"/></Codes></CodeBook>`;

function importError(bytes: Uint8Array): QdaImportError {
  try {
    qdpxToProject(bytes);
  } catch (error) {
    if (error instanceof QdaImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('qdpxToProject with files from other tools', () => {
  it('accepts a source whose text is inline in PlainTextContent', () => {
    const qde = project(
      `${codebook}<Sources><TextSource guid="${SOURCE}" name="Inline &amp; short">` +
        `<PlainTextContent>We trust &lt;them&gt;.</PlainTextContent>` +
        `<PlainTextSelection guid="${SELECTION}" startPosition="3" endPosition="8">` +
        `<Coding guid="${CODING}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection></TextSource></Sources>`,
    );
    const { project: imported, warnings } = qdpxToProject(archive(qde));
    expect(imported.sources).toEqual([
      {
        guid: SOURCE,
        name: 'Inline & short',
        plainText: 'We trust <them>.',
        selections: [{ guid: SELECTION, start: 3, end: 8, codings: [{ guid: CODING, codeGuid: CODE }] }],
        codings: [],
        variableValues: [],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('finds texts in NVivo’s Sources/ folder, drops a UTF-8 BOM and matches GUIDs across case and braces', () => {
    const upper = SOURCE.toUpperCase();
    const qde = project(
      `${codebook}<Sources><TextSource guid="{${upper}}" plainTextPath="internal://${upper}.txt">` +
        `<PlainTextSelection guid="${SELECTION}" startPosition="0" endPosition="2">` +
        `<Coding guid="${CODING}"><CodeRef targetGUID="{${CODE.toUpperCase()}}"/></Coding></PlainTextSelection></TextSource></Sources>`,
    );
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Hi 👋')]);
    const { project: imported } = qdpxToProject(archive(qde, { [`Sources/${upper}.txt`]: bom }));
    expect(imported.sources[0]?.plainText).toBe('Hi 👋');
    expect(imported.sources[0]?.guid).toBe(`{${upper}}`);
  });

  it('counts selection positions in code points, so an emoji is one character', () => {
    const qde = project(
      `<Sources><TextSource guid="${SOURCE}"><PlainTextContent>👋👋</PlainTextContent>` +
        `<PlainTextSelection guid="${SELECTION}" startPosition="1" endPosition="2"/></TextSource></Sources>`,
    );
    expect(qdpxToProject(archive(qde)).project.sources[0]?.selections[0]).toMatchObject({ start: 1, end: 2 });
    const tooFar = qde.replace('endPosition="2"', 'endPosition="3"');
    expect(importError(archive(tooFar)).reason).toBe('SELECTION_OUT_OF_RANGE');
  });

  it('reports picture, PDF and audio sources, links and sets as warnings and drops case links to them', () => {
    const pdf = 'bd000000-0000-4000-8000-000000000001';
    const qde = project(
      `<Cases><Case guid="ca000000-0000-4000-8000-000000000001" name="Acme"><SourceRef targetGUID="${pdf}"/></Case></Cases>` +
        `<Sources><PDFSource guid="${pdf}" name="Brochure.pdf" path="internal://b.pdf"/>` +
        `<AudioSource guid="ad000000-0000-4000-8000-000000000001" name="Call.m4a"/></Sources>` +
        `<Links><Link guid="11000000-0000-4000-8000-000000000001"/></Links>` +
        `<Sets><Set guid="5e700000-0000-4000-8000-000000000001" name="S"/><Set guid="5e700000-0000-4000-8000-000000000002" name="T"/></Sets>`,
    );
    const { project: imported, warnings } = qdpxToProject(archive(qde));
    expect(imported.sources).toEqual([]);
    expect(imported.cases[0]?.sourceRefs).toEqual([]);
    expect(warnings.map((warning) => warning.code)).toEqual([
      'UNSUPPORTED_SOURCE',
      'UNSUPPORTED_SOURCE',
      'DROPPED_REFERENCE',
      'UNSUPPORTED_ELEMENT',
      'UNSUPPORTED_ELEMENT',
    ]);
    expect(warnings[0]?.message).toContain('"Brochure.pdf"');
    expect(warnings[4]?.message).toContain('2 sets were not imported');
  });

  it('reads XML end-of-line rules: CR LF inside inline text becomes LF', () => {
    const qde = project(`<Sources><TextSource guid="${SOURCE}"><PlainTextContent>a\r\nb&#13;c</PlainTextContent></TextSource></Sources>`);
    expect(qdpxToProject(archive(qde)).project.sources[0]?.plainText).toBe('a\nb\rc');
  });
});

describe('qdpxToProject refuses, with a message that says what is wrong', () => {
  it('a source whose text file is missing, naming the source', () => {
    const qde = project(`<Sources><TextSource guid="${SOURCE}" name="Interview 7" plainTextPath="internal://${SOURCE}.txt"/></Sources>`);
    const error = importError(archive(qde));
    expect(error.reason).toBe('MISSING_SOURCE_TEXT');
    expect(error.message).toContain('source "Interview 7"');
    expect(error.message).toContain(`internal://${SOURCE}.txt`);
  });

  it('a source with no text at all, and one whose text lives outside the archive', () => {
    expect(importError(archive(project(`<Sources><TextSource guid="${SOURCE}" name="Empty"/></Sources>`))).message).toContain(
      'source "Empty" has neither PlainTextContent nor a plainTextPath',
    );
    const external = project(`<Sources><TextSource guid="${SOURCE}" name="Far" plainTextPath="absolute:///home/me/far.txt"/></Sources>`);
    expect(importError(archive(external))).toMatchObject({ reason: 'MISSING_SOURCE_TEXT', message: expect.stringContaining('outside the archive') });
  });

  it('a text path that climbs out of the sources folder', () => {
    const qde = project(`<Sources><TextSource guid="${SOURCE}" plainTextPath="internal://../../etc/passwd"/></Sources>`);
    expect(importError(archive(qde)).reason).toBe('UNSAFE_ZIP');
  });

  it('a source text that is not UTF-8', () => {
    const qde = project(`<Sources><TextSource guid="${SOURCE}" name="Latin-1" plainTextPath="internal://a.txt"/></Sources>`);
    const error = importError(archive(qde, { 'sources/a.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }));
    expect(error.reason).toBe('INVALID_TEXT_ENCODING');
    expect(error.message).toContain('source "Latin-1"');
  });

  it('a coding that points at a code the codebook does not have', () => {
    const qde = project(
      `${codebook}<Sources><TextSource guid="${SOURCE}"><PlainTextContent>text</PlainTextContent>` +
        `<PlainTextSelection guid="${SELECTION}" startPosition="0" endPosition="4">` +
        `<Coding guid="${CODING}"><CodeRef targetGUID="c0000000-0000-4000-8000-0000000000ff"/></Coding></PlainTextSelection></TextSource></Sources>`,
    );
    const error = importError(archive(qde));
    expect(error.reason).toBe('DANGLING_REFERENCE');
    expect(error.message).toContain('refers to code c0000000-0000-4000-8000-0000000000ff, which is not in the project');
  });

  it('a NoteRef to a note that does not exist', () => {
    const qde = project(`${codebook}<NoteRef targetGUID="a0000000-0000-4000-8000-000000000009"/>`);
    expect(importError(archive(qde))).toMatchObject({ reason: 'DANGLING_REFERENCE', message: expect.stringContaining('note a0000000') });
  });

  it('a missing required attribute, naming the element', () => {
    const qde = project(`<CodeBook><Codes><Code guid="${CODE}" name="Trust"/></Codes></CodeBook>`);
    const error = importError(archive(qde));
    expect(error.reason).toBe('MISSING_ATTRIBUTE');
    expect(error.message).toBe('Project/CodeBook[1]/Codes[1]/Code[1] is missing its required attribute "isCodable".');
  });

  it('a GUID that is not a GUID, and a repeated one', () => {
    expect(importError(archive(project(`<Users><User guid="A"/></Users>`))).reason).toBe('INVALID_VALUE');
    const twice = project(`<Users><User guid="${CODE}"/><User guid="${CODE.toUpperCase()}"/></Users>`);
    expect(importError(archive(twice)).reason).toBe('DUPLICATE_ID');
  });

  it('a variable value of the wrong type', () => {
    const variable = 'fa000000-0000-4000-8000-000000000001';
    const qde = project(
      `<Variables><Variable guid="${variable}" name="Age" typeOfVariable="Integer"/></Variables>` +
        `<Cases><Case guid="ca000000-0000-4000-8000-000000000001"><VariableValue><VariableRef targetGUID="${variable}"/>` +
        `<IntegerValue>forty</IntegerValue></VariableValue></Case></Cases>`,
    );
    expect(importError(archive(qde))).toMatchObject({ reason: 'INVALID_VALUE', message: expect.stringContaining('"forty" is not a valid Integer') });
  });

  it('the wrong namespace, a codebook in place of a project, and a missing project.qde', () => {
    const wrongNamespace = importError(archive(project('').replace(NS, 'urn:QDA-XML:project:2.0')));
    expect(wrongNamespace.reason).toBe('WRONG_ROOT');
    expect(wrongNamespace.message).toContain('Its namespace must be exactly urn:QDA-XML:project:1.0');
    const codebookFile = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${CODE}" name="T" isCodable="true"/></Codes></CodeBook>`;
    expect(importError(archive(codebookFile)).message).toContain('import it as a .qdc');
    expect(importError(zipSync({ 'readme.txt': strToU8('hello') })).reason).toBe('MISSING_PROJECT_FILE');
  });

  it('bytes that are not a zip archive', () => {
    expect(importError(strToU8('<Project/>'))).toMatchObject({ reason: 'NOT_A_ZIP', message: 'The project file is not a zip archive (or is truncated).' });
  });

  it('an archive over the size limit set by the caller', () => {
    const bytes = projectToQdpx(sampleQdaProject());
    expect(() => qdpxToProject(bytes, { limits: { maxArchiveBytes: 100 }, fileName: 'big.qdpx' })).toThrow(/big\.qdpx is \d+ bytes, over the 100 bytes limit/);
    expect(() => qdpxToProject(bytes, { limits: { maxXmlBytes: 1000 } })).toThrow(/project\.qde" declares .* over the 1000 bytes limit/);
    const qdeSize = unzipSync(bytes)['project.qde']?.length ?? 0;
    expect(() => qdpxToProject(bytes, { limits: { maxUncompressedBytes: qdeSize + 10 } })).toThrow(/unpacks to more than/);
  });
});
