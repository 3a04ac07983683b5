/**
 * Characters XML 1.0 cannot carry at all, not even as character references: the C0 controls other than tab, line
 * feed and carriage return, and U+FFFE/U+FFFF. (Lone surrogates are checked with `isWellFormedUnicode`.)
 */
function isForbidden(unit: number): boolean {
  return (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0xfffe || unit === 0xffff;
}

/** The index of the first character XML cannot carry, or -1. */
export function forbiddenXmlCharacterAt(text: string): number {
  for (let index = 0; index < text.length; index += 1) if (isForbidden(text.charCodeAt(index))) return index;
  return -1;
}

/** `text` without the characters XML cannot carry. */
export function withoutForbiddenXmlCharacters(text: string): string {
  return forbiddenXmlCharacterAt(text) < 0 ? text : [...text].filter((character) => !isForbidden(character.charCodeAt(0))).join('');
}

/** `U+0007` for the character at `index`. */
export function describeCharacter(text: string, index: number): string {
  return `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
