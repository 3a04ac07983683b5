import type { CodeView, CoderView, CodingView, MemoView } from '../../../shared/research';
import { Badge } from '../../ui/badge';
import { codeColor, snippet } from '../labels';
import { MemoSection } from '../memos';

interface CodingListProps {
  pid: string;
  text: string;
  codings: readonly CodingView[];
  codesById: ReadonlyMap<string, CodeView>;
  memos: readonly MemoView[];
  busyId: string | null;
  onShow: (coding: CodingView) => void;
  onDelete: (coding: CodingView) => void;
}

/** The current user's codings on this transcript, in text order, each with its passage. */
export function MyCodings({ pid, text, codings, codesById, memos, busyId, onShow, onDelete }: CodingListProps) {
  const sorted = [...codings].sort((a, b) => a.start - b.start || a.end - b.end);
  return (
    <section className="rs-side-card" aria-labelledby="my-codings-heading">
      <h2 id="my-codings-heading" className="rs-side-card__title">
        My codings <span className="rs-count">{sorted.length}</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">You have not coded this transcript yet. Select a passage to start.</p>
      ) : (
        <ul className="rs-coding-list">
          {sorted.map((coding) => {
            const code = codesById.get(coding.codeId);
            const codingMemos = memos.filter((memo) => memo.targetType === 'coding' && memo.targetId === coding.id);
            return (
              <li key={coding.id} className="rs-coding">
                <p className="rs-coding__code">
                  <span className="rs-dot" style={{ background: codeColor(code) }} aria-hidden="true" />
                  <span className="rs-coding__name">{code?.name ?? 'Deleted code'}</span>
                  {coding.flagReason && <Badge tone="warning">Flagged</Badge>}
                </p>
                <p className="rs-coding__text">“{snippet(text.slice(coding.start, coding.end), 120)}”</p>
                <details className="rs-coding__memos">
                  <summary>
                    Memos ({codingMemos.length})<span className="sr-only"> on the coding {code?.name}</span>
                  </summary>
                  <MemoSection pid={pid} target={{ targetType: 'coding', targetId: coding.id }} memos={codingMemos} label="segment memo" compact />
                </details>
                <p className="rs-coding__actions">
                  <button type="button" className="button button--small" onClick={() => onShow(coding)}>
                    Show<span className="sr-only"> {code?.name} in the text</span>
                  </button>
                  <button type="button" className="button button--small" disabled={busyId === coding.id} onClick={() => onDelete(coding)}>
                    Delete<span className="sr-only"> coding {code?.name}</span>
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface FlaggedProps {
  text: string;
  codings: readonly CodingView[];
  codesById: ReadonlyMap<string, CodeView>;
  codersById: ReadonlyMap<string, CoderView>;
  busyId: string | null;
  onShow: (coding: CodingView) => void;
  onKeep: (coding: CodingView) => void;
  onDelete: (coding: CodingView) => void;
}

/** Codings an edit of the text changed under them: each waits for a person to keep or remove it. */
export function FlaggedCodings({ text, codings, codesById, codersById, busyId, onShow, onKeep, onDelete }: FlaggedProps) {
  if (codings.length === 0) return null;
  const sorted = [...codings].sort((a, b) => a.start - b.start);
  return (
    <section className="rs-side-card rs-side-card--warning" aria-labelledby="flagged-heading">
      <h2 id="flagged-heading" className="rs-side-card__title">
        To review <span className="rs-count">{sorted.length}</span>
      </h2>
      <p className="field__hint">An edit of the text changed these passages. Keep a coding if it still fits, or delete it.</p>
      <ul className="rs-coding-list">
        {sorted.map((coding) => {
          const code = codesById.get(coding.codeId);
          const coder = codersById.get(coding.coderId);
          const mine = coder?.isMe ?? false;
          return (
            <li key={coding.id} className="rs-coding">
              <p className="rs-coding__code">
                <span className="rs-dot" style={{ background: codeColor(code) }} aria-hidden="true" />
                <span className="rs-coding__name">
                  {code?.name ?? 'Deleted code'} <span className="muted">· {mine ? 'you' : (coder?.name ?? 'unknown coder')}</span>
                </span>
              </p>
              <p className="rs-coding__text">“{snippet(text.slice(coding.start, coding.end), 120)}”</p>
              <p className="rs-coding__reason">{coding.flagReason}</p>
              <p className="rs-coding__actions">
                <button type="button" className="button button--small" onClick={() => onShow(coding)}>
                  Show<span className="sr-only"> in the text</span>
                </button>
                {mine ? (
                  <>
                    <button type="button" className="button button--small" disabled={busyId === coding.id} onClick={() => onKeep(coding)}>
                      Keep<span className="sr-only"> coding {code?.name}</span>
                    </button>
                    <button type="button" className="button button--small" disabled={busyId === coding.id} onClick={() => onDelete(coding)}>
                      Delete<span className="sr-only"> coding {code?.name}</span>
                    </button>
                  </>
                ) : (
                  <span className="field__hint">Only {coder?.name ?? 'its coder'} can change it.</span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
