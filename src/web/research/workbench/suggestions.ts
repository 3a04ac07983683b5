import type { CodeView } from '../../../shared/research';
import type { SuggestView } from '../research-api';

export interface ResolvedSuggestion {
  name: string;
  score: number;
  /** The project's code to apply; undefined when the project has no code for this suggestion. */
  code: CodeView | undefined;
}

/** Each suggestion with the project code it stands for: by code id, else by the built-in construct id. */
export function resolveSuggestions(view: SuggestView | undefined, codes: readonly CodeView[]): ResolvedSuggestion[] {
  if (!view) return [];
  const byId = new Map(codes.map((code) => [code.id, code]));
  const byBuiltin = new Map<string, CodeView>();
  for (const code of codes) if (code.builtinId && !byBuiltin.has(code.builtinId)) byBuiltin.set(code.builtinId, code);
  return view.suggestions.map((suggestion) => ({
    name: suggestion.name,
    score: suggestion.score,
    code:
      (suggestion.codeId ? byId.get(suggestion.codeId) : undefined) ??
      (suggestion.builtinId ? byBuiltin.get(suggestion.builtinId) : undefined),
  }));
}

/** The suggestions that can be applied, in order: number key n applies the n-th of these. */
export function applicableSuggestions(suggestions: readonly ResolvedSuggestion[]): (ResolvedSuggestion & { code: CodeView })[] {
  return suggestions.filter((suggestion): suggestion is ResolvedSuggestion & { code: CodeView } => suggestion.code !== undefined).slice(0, 9);
}
