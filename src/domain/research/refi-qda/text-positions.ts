/**
 * REFI-QDA counts text positions in Unicode code points; JavaScript strings index UTF-16 code units. A character
 * outside the Basic Multilingual Plane (most emoji, some CJK) is one code point but two code units.
 */

/** The number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    length += 1;
  }
  return length;
}

/** The UTF-16 offset of code point `position` in `text`; `text.length` for the position just past the end. */
export function codePointToUtf16Offset(text: string, position: number): number {
  if (!Number.isInteger(position) || position < 0) throw new RangeError(`position ${position} is not a natural number`);
  let offset = 0;
  for (let seen = 0; seen < position; seen += 1) {
    if (offset >= text.length) throw new RangeError(`position ${position} is past the end of the text`);
    offset += isSurrogatePairAt(text, offset) ? 2 : 1;
  }
  return offset;
}

/** The code-point position of UTF-16 offset `offset`; an offset inside a surrogate pair is refused. */
export function utf16OffsetToCodePoint(text: string, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`offset ${offset} is outside the text (0–${text.length})`);
  }
  if (offset > 0 && offset < text.length && isSurrogatePairAt(text, offset - 1)) {
    throw new RangeError(`offset ${offset} splits a surrogate pair`);
  }
  return codePointLength(text.slice(0, offset));
}

function isSurrogatePairAt(text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(offset + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** True when `text` has no lone surrogate, i.e. it can be written as UTF-8 and read back unchanged. */
export function isWellFormedUnicode(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
