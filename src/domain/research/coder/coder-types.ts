import type { Level, PersonFunction } from '../../org/types';
import type { InterfaceSide } from '../codebook/code-definition';
import type { CoderTuning } from './coder-tuning';

/** What the coder needs to know about a code: its text, and the side and level it belongs to, if any. */
export interface CoderCode {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly examples: readonly string[];
  readonly side?: InterfaceSide;
  readonly level?: Level;
}

/** A segment a person has already coded in the project; the coder learns from these. */
export interface CodedSegment {
  readonly text: string;
  readonly codeId: string;
  readonly function?: PersonFunction;
  readonly level?: Level;
}

export interface TextCoderOptions {
  readonly codes: readonly CoderCode[];
  /** Segments coded so far; those naming a code that is not in `codes` are ignored. */
  readonly training?: readonly CodedSegment[];
  readonly tuning?: Partial<CoderTuning>;
}

export interface SuggestInput {
  readonly text: string;
  /** The speaker's function and level, when known. */
  readonly function?: PersonFunction;
  readonly level?: Level;
}

export interface CodeSuggestion {
  /** The code id. */
  readonly code: string;
  /** The code's share of the posterior over all codes, in [0, 1]. */
  readonly score: number;
}

export interface TextCoder {
  /** The `top` most likely codes for the text, best first, ties broken by code id; none for a text with no known word. */
  suggest(input: SuggestInput, top?: number): CodeSuggestion[];
}
