import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CodeView } from '../../../shared/research';
import { ErrorMessage } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { buildCodeTree, flattenTree } from '../codebook/tree';
import { codeColor, codeKindLabels, snippet } from '../labels';
import type { ResolvedSuggestion } from './suggestions';

export interface PendingSelection {
  start: number;
  end: number;
  text: string;
}

interface ApplyCodePanelProps {
  pending: PendingSelection | null;
  codes: readonly CodeView[];
  suggestions: readonly ResolvedSuggestion[];
  suggestionsState: { loading: boolean; error: unknown; retry: () => void };
  /** Who the suggestions are tuned to, e.g. "frontline sales". */
  speakerHint: string | null;
  filterRef: RefObject<HTMLInputElement | null>;
  onApply: (code: CodeView) => void;
  onCancel: () => void;
}

/** The coding panel: the selected passage, the coder's suggestions (keys 1–9) and a filterable list of every code. */
export function ApplyCodePanel(props: ApplyCodePanelProps) {
  const { pending, codes, suggestions, suggestionsState, speakerHint, filterRef, onApply, onCancel } = props;
  if (!pending) {
    return (
      <section className="rs-side-card rs-apply" aria-labelledby="apply-heading">
        <h2 id="apply-heading" className="rs-side-card__title">
          Apply a code
        </h2>
        <p className="muted">
          Select a passage in the text with the mouse, or focus the text and hold Shift with the arrow keys. Then pick a
          code here.
        </p>
      </section>
    );
  }
  let applicableIndex = 0;
  return (
    <section className="rs-side-card rs-apply rs-apply--active" aria-labelledby="apply-heading">
      <div className="rs-apply__head">
        <h2 id="apply-heading" className="rs-side-card__title">
          Apply a code
        </h2>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel<span className="sr-only"> coding this passage</span>
        </button>
      </div>
      <blockquote className="rs-quote">
        “{snippet(pending.text, 220)}”
        <span className="rs-quote__meta">
          characters {pending.start}–{pending.end}
        </span>
      </blockquote>

      <h3 className="rs-side-card__subtitle">Suggestions</h3>
      {speakerHint && <p className="field__hint">Tuned to the informant: {speakerHint}.</p>}
      {suggestionsState.loading ? (
        <Spinner inline label="Finding codes for this passage…" />
      ) : suggestionsState.error ? (
        <ErrorMessage error={suggestionsState.error} title="No suggestions" onRetry={suggestionsState.retry} />
      ) : suggestions.length === 0 ? (
        <p className="muted">The text coder has no suggestion for this passage. Pick a code from the list.</p>
      ) : (
        <ol className="rs-suggestions">
          {suggestions.map((suggestion, index) => {
            const number = suggestion.code ? ++applicableIndex : null;
            return (
              <li key={`${suggestion.name}-${index}`}>
                <button
                  type="button"
                  className="rs-suggestion"
                  disabled={!suggestion.code}
                  onClick={() => suggestion.code && onApply(suggestion.code)}
                >
                  {number !== null && number <= 9 ? (
                    <kbd className="rs-kbd" aria-hidden="true">
                      {number}
                    </kbd>
                  ) : (
                    <span className="rs-kbd rs-kbd--empty" aria-hidden="true" />
                  )}
                  <span className="rs-dot" style={{ background: codeColor(suggestion.code) }} aria-hidden="true" />
                  <span className="rs-suggestion__name">
                    {suggestion.code?.name ?? suggestion.name}
                    {!suggestion.code && <span className="rs-suggestion__missing"> (not in this codebook)</span>}
                  </span>
                  <span className="rs-score" aria-label={`score ${suggestion.score.toFixed(2)}`}>
                    <span className="rs-score__bar" style={{ width: `${Math.round(Math.max(0, Math.min(1, suggestion.score)) * 100)}%` }} />
                    <span className="rs-score__value">{suggestion.score.toFixed(2)}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}

      <h3 className="rs-side-card__subtitle">All codes</h3>
      <CodeCombobox codes={codes} inputRef={filterRef} onApply={onApply} onEscape={onCancel} />
    </section>
  );
}

function CodeCombobox({
  codes,
  inputRef,
  onApply,
  onEscape,
}: {
  codes: readonly CodeView[];
  inputRef: RefObject<HTMLInputElement | null>;
  onApply: (code: CodeView) => void;
  onEscape: () => void;
}) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const ordered = useMemo(() => flattenTree(buildCodeTree(codes)), [codes]);
  const needle = filter.trim().toLowerCase();
  const matches = needle
    ? ordered.filter((node) => node.code.name.toLowerCase().includes(needle) || (node.code.builtinId ?? '').toLowerCase().includes(needle))
    : ordered;
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const activeNode = matches[activeIndex];
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the active option in view inside the list only; the page itself must not jump.
  useEffect(() => {
    const list = listRef.current;
    const option = activeNode ? list?.querySelector<HTMLElement>(`[data-code-id="${activeNode.code.id}"]`) : null;
    if (!list || !option) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
  }, [activeNode]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(activeIndex + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeNode) onApply(activeNode.code);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (filter) setFilter('');
      else onEscape();
    }
  }

  return (
    <div className="rs-combobox">
      <label htmlFor={`${id}-input`} className="rs-label">
        Filter codes
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={activeNode ? `${id}-option-${activeNode.code.id}` : undefined}
        aria-describedby={`${id}-hint`}
        value={filter}
        placeholder="Type to filter"
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="field__hint">
        ↑/↓ to choose, Enter to apply, Esc to cancel. {matches.length} of {ordered.length} codes.
      </p>
      <ul id={`${id}-list`} ref={listRef} role="listbox" aria-label="Codes" className="rs-code-options">
        {matches.length === 0 && <li className="rs-code-options__empty">No code matches “{filter}”. Create it on the Codebook page.</li>}
        {matches.map((node, index) => (
          <li
            key={node.code.id}
            id={`${id}-option-${node.code.id}`}
            role="option"
            data-code-id={node.code.id}
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'rs-code-option is-active' : 'rs-code-option'}
            style={{ paddingLeft: needle ? 8 : 8 + node.depth * 14 }}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onApply(node.code)}
          >
            <span className="rs-dot" style={{ background: codeColor(node.code) }} aria-hidden="true" />
            <span className="rs-code-option__name">{node.code.name}</span>
            <span className="rs-code-option__kind">{codeKindLabels[node.code.kind]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
