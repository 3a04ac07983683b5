import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, codePointToUtf16Offset, utf16OffsetToCodePoint } from './text-positions';

describe('text positions', () => {
  it('counts an emoji as one code point but two UTF-16 units', () => {
    const text = 'a😀b';
    expect(codePointLength(text)).toBe(3);
    expect(codePointToUtf16Offset(text, 2)).toBe(3);
    expect(utf16OffsetToCodePoint(text, 3)).toBe(2);
    expect(() => utf16OffsetToCodePoint(text, 2)).toThrow('splits a surrogate pair');
  });

  it('converts between code points and UTF-16 offsets both ways', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: [...text].length }))),
        ([text, position]) => {
          const offset = codePointToUtf16Offset(text, position);
          expect(utf16OffsetToCodePoint(text, offset)).toBe(position);
          expect([...text].slice(0, position).join('')).toBe(text.slice(0, offset));
        },
      ),
    );
  });
});
