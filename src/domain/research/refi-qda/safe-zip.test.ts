import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, openZip, SafeZipError } from './safe-zip';

const open = (bytes: Uint8Array) => openZip(bytes, { maxArchiveBytes: 1_000_000, label: 'test.zip' });

/** Rewrites the name of the first entry, in both the local and the central header. */
function renameFirstEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const copy = bytes.slice();
  const source = strToU8(from);
  for (let at = 0; at < copy.length - source.length; at += 1) {
    if (source.every((byte, index) => copy[at + index] === byte)) copy.set(strToU8(to), at);
  }
  return copy;
}

/** Sets the uncompressed size the central directory declares for every entry. */
function declareUncompressedSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return copy;
}

function failure(run: () => unknown): SafeZipError {
  try {
    run();
  } catch (error) {
    if (error instanceof SafeZipError) return error;
    throw error;
  }
  throw new Error('expected the archive to be refused');
}

describe('openZip and SafeZip.read', () => {
  it('lists entries and inflates deflated and stored ones, finding names regardless of case', () => {
    const zip = open(zipSync({ 'Sources/a.txt': strToU8('deflated '.repeat(100)), 'b.txt': [strToU8('stored'), { level: 0 }] }));
    expect(zip.entries.map((entry) => entry.name)).toEqual(['Sources/a.txt', 'b.txt']);
    expect(new TextDecoder().decode(zip.read(zip.find('sources/A.TXT')!, 10_000))).toBe('deflated '.repeat(100));
    expect(new TextDecoder().decode(zip.read(zip.find('b.txt')!, 10_000))).toBe('stored');
  });

  it('refuses entry names that climb out, are absolute or carry a drive letter', () => {
    for (const name of ['../evil.txt', '/etc/passwd', 'C:/evil.txt', 'a/../../b.tx', '..\\evil.txt']) {
      const bytes = renameFirstEntry(zipSync({ [name.replace(/[^/]/g, 'x')]: strToU8('x') }), name.replace(/[^/]/g, 'x'), name);
      expect(failure(() => open(bytes))).toMatchObject({ reason: 'UNSAFE_ENTRY', message: expect.stringContaining('points outside the archive') });
    }
  });

  it('refuses an entry whose declared size is over the limit without inflating it', () => {
    const zip = open(zipSync({ 'big.txt': new Uint8Array(50_000) }));
    expect(failure(() => zip.read(zip.entries[0]!, 1000)).message).toBe('test.zip: entry "big.txt" declares 50000 bytes, over the 1000 bytes limit.');
  });

  it('stops inflating an entry that turns out larger than it declares (a zip bomb)', () => {
    const bomb = declareUncompressedSize(zipSync({ 'bomb.txt': new Uint8Array(5_000_000) }), 100);
    const zip = open(bomb);
    expect(failure(() => zip.read(zip.entries[0]!, 1000))).toMatchObject({ reason: 'TOO_LARGE', message: expect.stringContaining('zip bomb') });
  });

  it('refuses an entry shorter than declared and one whose CRC does not match', () => {
    const short = open(declareUncompressedSize(zipSync({ 'a.txt': strToU8('hello world') }), 20));
    expect(failure(() => short.read(short.entries[0]!, 1000)).reason).toBe('DAMAGED');
    const bytes = zipSync({ 'a.txt': [strToU8('hello'), { level: 0 }] });
    const tampered = renameFirstEntry(bytes, 'hello', 'jello');
    const zip = open(tampered);
    expect(failure(() => zip.read(zip.entries[0]!, 1000)).message).toContain('fails its CRC check');
  });

  it('refuses bytes that are not a zip, and archives over the size limit', () => {
    expect(failure(() => open(strToU8('just text'))).reason).toBe('NOT_A_ZIP');
    expect(failure(() => openZip(new Uint8Array(2000), { maxArchiveBytes: 1000, label: 'x.zip' })).message).toBe('x.zip is 2000 bytes, over the 1000 bytes limit.');
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});
