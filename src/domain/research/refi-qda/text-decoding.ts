/**
 * Decodes a text file's bytes: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise strict UTF-8 (one
 * leading UTF-8 byte-order mark dropped). undefined when the bytes are not valid in that encoding.
 */
export function decodeUnicodeText(bytes: Uint8Array): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
