import { BUYIN_CODES } from './buyin-codes';
import type { CodeDefinition } from './code-definition';
import { DYSFUNCTION_CODES } from './dysfunction-codes';
import { LINKAGE_CODES } from './linkage-codes';
import { TENSION_CODES } from './tension-codes';

/**
 * Every construct of DOMAIN.md as a code, under its stable id: ten aggregate dimensions at the root, the constructs
 * the studies name as second-order themes beneath them, and the linkages' boundary conditions as first-order
 * categories. Projects start from this codebook and add their own codes.
 */
export const BUILTIN_CODEBOOK: readonly CodeDefinition[] = Object.freeze([
  ...BUYIN_CODES,
  ...LINKAGE_CODES,
  ...TENSION_CODES,
  ...DYSFUNCTION_CODES,
]);

const BY_ID: ReadonlyMap<string, CodeDefinition> = new Map(BUILTIN_CODEBOOK.map((code) => [code.id, code]));

/** The built-in code with this id, or `undefined` when there is none. */
export function builtinCode(id: string): CodeDefinition | undefined {
  return BY_ID.get(id);
}
