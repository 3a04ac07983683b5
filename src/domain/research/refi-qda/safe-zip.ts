import { Inflate } from 'fflate';
import { describeBytes } from './limits';

/**
 * A defensive zip reader for archives that arrive from outside (`.qdpx`, `.docx`). It reads the central directory
 * only; refuses entry names that would climb out of a folder; and inflates an entry only on request, after checking
 * the size the archive declares for it, then streams the inflation in small chunks so a lying size ("zip bomb")
 * is caught after at most a few megabytes of output. Contents are checked against their CRC-32.
 */

export type SafeZipErrorReason = 'TOO_LARGE' | 'NOT_A_ZIP' | 'UNSAFE_ENTRY' | 'DAMAGED' | 'UNSUPPORTED';

export class SafeZipError extends Error {
  readonly reason: SafeZipErrorReason;

  constructor(reason: SafeZipErrorReason, message: string) {
    super(message);
    this.name = 'SafeZipError';
    this.reason = reason;
  }
}

export interface ZipEntry {
  /** The name as stored, with backslashes read as slashes. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  flags: number;
  crc32: number;
  localHeaderOffset: number;
}

export interface OpenZipOptions {
  maxArchiveBytes: number;
  /** Names the archive in messages, e.g. `interview.docx`. */
  label: string;
  maxEntries?: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DEFAULT_MAX_ENTRIES = 20_000;
// Deflate expands at most ~1032:1, so one 16 KB push yields at most ~16.5 MB before the size check runs again.
const INFLATE_CHUNK_BYTES = 16 * 1024;

export class SafeZip {
  private readonly byLowerName: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly label: string,
  ) {
    this.byLowerName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  }

  /** The entry with this name, compared without regard to case (tools disagree on `Sources/` and `sources/`). */
  find(name: string): ZipEntry | undefined {
    return this.byLowerName.get(name.replace(/\\/g, '/').toLowerCase());
  }

  /** Inflates one entry, refusing it if it declares or turns out to hold more than `maxBytes`. */
  read(entry: ZipEntry, maxBytes: number): Uint8Array {
    const where = `${this.label}: entry "${entry.name}"`;
    if (entry.uncompressedSize > maxBytes) {
      throw new SafeZipError('TOO_LARGE', `${where} declares ${describeBytes(entry.uncompressedSize)}, over the ${describeBytes(maxBytes)} limit.`);
    }
    if ((entry.flags & 0x1) !== 0) throw new SafeZipError('UNSUPPORTED', `${where} is encrypted; export it without a password.`);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const header = entry.localHeaderOffset;
    if (header + 30 > this.bytes.length || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
      throw new SafeZipError('DAMAGED', `${where} has no valid local header; the archive is damaged.`);
    }
    const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > this.bytes.length) throw new SafeZipError('DAMAGED', `${where} runs past the end of the archive.`);
    const content = this.inflate(entry, this.bytes.subarray(dataStart, dataEnd), where);
    if (crc32(content) !== entry.crc32) throw new SafeZipError('DAMAGED', `${where} fails its CRC check; the archive is damaged.`);
    return content;
  }

  private inflate(entry: ZipEntry, compressed: Uint8Array, where: string): Uint8Array {
    if (entry.method === 0) {
      if (compressed.length !== entry.uncompressedSize) {
        throw new SafeZipError('DAMAGED', `${where} is stored with a size that does not match its declared size.`);
      }
      return compressed.slice();
    }
    if (entry.method !== 8) throw new SafeZipError('UNSUPPORTED', `${where} uses compression method ${entry.method}; only deflate is read.`);
    const output = new Uint8Array(entry.uncompressedSize);
    if (compressed.length === 0) {
      if (entry.uncompressedSize === 0) return output;
      throw new SafeZipError('DAMAGED', `${where} has no data.`);
    }
    let written = 0;
    const inflater = new Inflate((chunk: Uint8Array) => {
      if (written + chunk.length > output.length) {
        throw new SafeZipError(
          'TOO_LARGE',
          `${where} inflates to more than the ${describeBytes(entry.uncompressedSize)} it declares (a damaged archive or a zip bomb); it was refused.`,
        );
      }
      output.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let at = 0; at < compressed.length; at += INFLATE_CHUNK_BYTES) {
        const end = Math.min(at + INFLATE_CHUNK_BYTES, compressed.length);
        inflater.push(compressed.subarray(at, end), end === compressed.length);
      }
    } catch (error) {
      if (error instanceof SafeZipError) throw error;
      throw new SafeZipError('DAMAGED', `${where} could not be inflated: ${(error as Error).message}`);
    }
    if (written !== output.length) {
      throw new SafeZipError('DAMAGED', `${where} inflates to ${written} bytes but declares ${entry.uncompressedSize}.`);
    }
    return output;
  }
}

/** Reads an archive's directory, refusing unsafe names, duplicates and archives over the size limit. */
export function openZip(bytes: Uint8Array, options: OpenZipOptions): SafeZip {
  const { label } = options;
  if (bytes.length > options.maxArchiveBytes) {
    throw new SafeZipError('TOO_LARGE', `${label} is ${describeBytes(bytes.length)}, over the ${describeBytes(options.maxArchiveBytes)} limit.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readDirectoryLocation(bytes, view, label);
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (directory.count > maxEntries) throw new SafeZipError('TOO_LARGE', `${label} holds ${directory.count} entries, over the ${maxEntries} limit.`);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = directory.offset;
  for (let index = 0; index < directory.count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new SafeZipError('DAMAGED', `${label}: the zip directory is damaged (entry ${index + 1}).`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) throw new SafeZipError('DAMAGED', `${label}: the zip directory is truncated.`);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/');
    const entry: ZipEntry = {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(entry, view, at + 46 + nameLength, extraLength, label);
    checkEntryName(name, label);
    if (seen.has(name.toLowerCase())) throw new SafeZipError('UNSAFE_ENTRY', `${label} holds the entry "${name}" twice.`);
    seen.add(name.toLowerCase());
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return new SafeZip(bytes, entries, label);
}

function readDirectoryLocation(bytes: Uint8Array, view: DataView, label: string): { count: number; offset: number } {
  const notAZip = () => new SafeZipError('NOT_A_ZIP', `${label} is not a zip archive (or is truncated).`);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw notAZip();
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw new SafeZipError('UNSUPPORTED', `${label} is a multi-part archive; join it into one file first.`);
  }
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    const record = readUint64(view, eocd - 12, label);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) throw notAZip();
    count = readUint64(view, record + 32, label);
    offset = readUint64(view, record + 48, label);
  }
  if (offset > bytes.length) throw notAZip();
  return { count, offset };
}

/** Sizes and offset too big for 32 bits live in the ZIP64 extra field (id 1), in this order, when marked 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number, label: string): void {
  const needs = [entry.uncompressedSize, entry.compressedSize, entry.localHeaderOffset].map((value) => value === 0xffffffff);
  if (!needs.some(Boolean)) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw new SafeZipError('DAMAGED', `${label}: a ZIP64 field of "${entry.name}" is truncated.`);
        const value = readUint64(view, field, label);
        field += 8;
        return value;
      };
      if (needs[0]) entry.uncompressedSize = next();
      if (needs[1]) entry.compressedSize = next();
      if (needs[2]) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
  throw new SafeZipError('DAMAGED', `${label}: "${entry.name}" lacks the ZIP64 sizes it announces.`);
}

function readUint64(view: DataView, at: number, label: string): number {
  if (at < 0 || at + 8 > view.byteLength) throw new SafeZipError('DAMAGED', `${label}: the zip directory is damaged.`);
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw new SafeZipError('DAMAGED', `${label}: a zip size is out of range.`);
  return value;
}

/** Refuses names that are absolute, carry a drive letter or a NUL, or climb with `..` (zip-slip). */
function checkEntryName(name: string, label: string): void {
  const unsafe = name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((part) => part === '..');
  if (unsafe) {
    throw new SafeZipError(
      'UNSAFE_ENTRY',
      `${label} contains an entry named "${name.replace(/\0/g, '\\0')}" that points outside the archive; the file was refused.`,
    );
  }
}

let crcTable: Uint32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let index = 0; index < 256; index += 1) {
      let value = index;
      for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
      crcTable[index] = value >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = (crcTable[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
