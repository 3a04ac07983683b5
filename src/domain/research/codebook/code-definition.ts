import type { Level } from '../../org/types';

/**
 * Where a code sits in the grounded-theory hierarchy of DOMAIN.md §6: aggregate dimensions (the roots, e.g. buy-in),
 * second-order themes (the constructs the studies name, e.g. objectivity) and first-order categories (finer parts of
 * a theme, e.g. a linkage's boundary condition, or a project's own open codes).
 */
export const CODE_KINDS = ['aggregate', 'second_order', 'first_order'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** The two functions of the interface; a code with a side is one function's experience (e.g. sales feels undervalued). */
export const INTERFACE_SIDES = ['sales', 'marketing'] as const;
export type InterfaceSide = (typeof INTERFACE_SIDES)[number];

/** One code of a codebook. `id` is the stable code id of DOMAIN.md: stored in the database, never renamed. */
export interface CodeDefinition {
  readonly id: string;
  readonly name: string;
  /** One to three sentences in the project's own words. */
  readonly definition: string;
  /** In-vivo phrases and typical phrasings an informant might use. */
  readonly examples: readonly string[];
  /** `null` for an aggregate dimension at the root. */
  readonly parentId: string | null;
  readonly kind: CodeKind;
  /** The function whose experience this is, when it belongs to one side. */
  readonly side?: InterfaceSide;
  /** The level at which the studies found it, when it belongs to one level. */
  readonly level?: Level;
}
