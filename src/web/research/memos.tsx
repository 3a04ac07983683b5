import { useId, useState, type FormEvent } from 'react';
import type { MemoView } from '../../shared/research';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useToast } from '../ui/toast';
import { useCreateMemo, useDeleteMemo } from './research-api';
import { ConfirmDialog } from '../ui/confirm-dialog';

interface MemoSectionProps {
  pid: string;
  target: { targetType: MemoView['targetType']; targetId: string };
  memos: MemoView[];
  /** What a memo is called here, e.g. "project memo". */
  label: string;
  compact?: boolean;
}

/** A list of memos, newest first, with a form to add one and a delete button on each. */
export function MemoSection({ pid, target, memos, label, compact = false }: MemoSectionProps) {
  const sorted = [...memos].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div className={compact ? 'rs-memos rs-memos--compact' : 'rs-memos'}>
      <MemoForm pid={pid} target={target} label={label} />
      {sorted.length === 0 ? (
        compact ? (
          <p className="muted">No {label}s yet.</p>
        ) : (
          <EmptyState title={`No ${label}s yet`}>
            <p>Write down what you notice while you read and code; memos are exported with the project.</p>
          </EmptyState>
        )
      ) : (
        <ul className="rs-memo-list">
          {sorted.map((memo) => (
            <MemoItem key={memo.id} pid={pid} memo={memo} />
          ))}
        </ul>
      )}
    </div>
  );
}

function MemoForm({ pid, target, label }: Pick<MemoSectionProps, 'pid' | 'target' | 'label'>) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const createMemo = useCreateMemo(pid);
  const id = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write the memo first.');
      return;
    }
    createMemo.mutate(
      { ...target, text: text.trim() },
      { onSuccess: () => setText(''), onError: (failure) => setError(errorText(failure)) },
    );
  }

  return (
    <form className="rs-memo-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={id} className="rs-label">
        New {label}
      </label>
      <textarea
        id={id}
        className="rs-textarea"
        rows={3}
        value={text}
        maxLength={50_000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button button--small" disabled={createMemo.isPending}>
          {createMemo.isPending ? 'Adding…' : 'Add memo'}
        </button>
      </div>
    </form>
  );
}

function MemoItem({ pid, memo }: { pid: string; memo: MemoView }) {
  const [confirming, setConfirming] = useState(false);
  const deleteMemo = useDeleteMemo(pid);
  const toast = useToast();
  return (
    <li className="rs-memo">
      <p className="rs-memo__text">{memo.text}</p>
      <p className="rs-memo__meta">
        {memo.authorName ?? 'Unknown author'} · {formatDateTime(memo.createdAt)}
        <button type="button" className="button button--small rs-link-button" onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> memo of {formatDateTime(memo.createdAt)}</span>
        </button>
      </p>
      <ConfirmDialog
        open={confirming}
        title="Delete this memo?"
        confirmLabel={deleteMemo.isPending ? 'Deleting…' : 'Delete memo'}
        danger
        busy={deleteMemo.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          deleteMemo.mutate(memo, {
            onSuccess: () => {
              setConfirming(false);
              toast({ message: 'Memo deleted.', tone: 'success' });
            },
            onError: (error) => {
              setConfirming(false);
              toast({ message: `Could not delete the memo: ${errorText(error)}`, tone: 'error' });
            },
          })
        }
      >
        <p>“{memo.text.length > 120 ? `${memo.text.slice(0, 119)}…` : memo.text}” will be removed for everyone.</p>
      </ConfirmDialog>
    </li>
  );
}
