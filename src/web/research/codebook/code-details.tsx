import { useState, type FormEvent } from 'react';
import type { CodeOperationInput, CodeView, ProjectDetail } from '../../../shared/research';
import { limits } from '../../../shared/limits';
import { Badge } from '../../ui/badge';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { plural } from '../../ui/format';
import { codeColor, codeKindLabels } from '../labels';
import { CodeOptions } from './code-options';
import { SplitDialog } from './split-dialog';
import { MemoSection } from '../memos';
import { codePath, descendantIds } from './tree';

interface CodeDetailsProps {
  project: ProjectDetail;
  code: CodeView;
  busy: boolean;
  run: (operation: CodeOperationInput) => Promise<boolean>;
  onDeleted: () => void;
}

/** Everything that can be done to one code: rename, describe, recolour, move, merge, split, delete. */
export function CodeDetails({ project, code, busy, run, onDeleted }: CodeDetailsProps) {
  const codes = project.codes;
  const descendants = descendantIds(codes, code.id);
  const [mergeTarget, setMergeTarget] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete' | null>(null);
  const [splitting, setSplitting] = useState(false);
  const target = codes.find((item) => item.id === mergeTarget);
  return (
    <section className="rs-side-card rs-code-details" aria-labelledby="code-details-heading">
      <h2 id="code-details-heading" className="rs-side-card__title">
        <span className="rs-dot rs-dot--large" style={{ background: codeColor(code) }} aria-hidden="true" />
        {code.name}
      </h2>
      <p className="rs-meta">
        <Badge tone="neutral">{codeKindLabels[code.kind]}</Badge>
        <span>{plural(code.codingCount, 'coding')}</span>
        {code.builtinId && <code>{code.builtinId}</code>}
      </p>
      <p className="field__hint">{codePath(codes, code.id)}</p>
      {code.quote && <blockquote className="rs-quote">“{code.quote}”</blockquote>}

      {/* Keyed by the saved value: a change from the server (or Undo) resets the draft. */}
      <RenameForm key={`name-${code.name}`} code={code} busy={busy} run={run} />
      <DescribeForm key={`description-${code.description}`} code={code} busy={busy} run={run} />
      <ColorForm key={`color-${code.color ?? ''}`} code={code} busy={busy} run={run} />
      <MoveForm key={`parent-${code.parentId ?? ''}`} codes={codes} code={code} busy={busy} run={run} />

      <form
        className="rs-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (mergeTarget) setConfirm('merge');
        }}
      >
        <label htmlFor="code-merge" className="rs-label">
          Merge into…
        </label>
        <div className="rs-inline-form__row">
          <select id="code-merge" value={mergeTarget} onChange={(event) => setMergeTarget(event.target.value)}>
            <option value="">Choose a code</option>
            <CodeOptions codes={codes} exclude={new Set([code.id])} />
          </select>
          <button type="submit" className="button button--small" disabled={busy || !mergeTarget}>
            Merge…
          </button>
        </div>
      </form>

      <div className="rs-code-details__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={() => setSplitting(true)}>
          Split…
        </button>
        <button type="button" className="button button--small rs-button-danger-outline" disabled={busy} onClick={() => setConfirm('delete')}>
          Delete…
        </button>
      </div>

      <h3 className="rs-label">Memos on this code</h3>
      <MemoSection
        pid={project.project.id}
        target={{ targetType: 'code', targetId: code.id }}
        memos={project.memos.filter((memo) => memo.targetType === 'code' && memo.targetId === code.id)}
        label="code memo"
        compact
      />

      <ConfirmDialog
        open={confirm === 'merge' && target !== undefined}
        title={`Merge “${code.name}” into “${target?.name ?? ''}”?`}
        confirmLabel="Merge codes"
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (!target) return;
          void run({ type: 'merge', sourceId: code.id, targetId: target.id }).then((done) => {
            setConfirm(null);
            if (done) onDeleted();
          });
        }}
      >
        <p>
          {code.codingCount === 0
            ? `“${code.name}” has no codings.`
            : code.codingCount === 1
              ? `Its one coding moves to “${target?.name ?? ''}”.`
              : `All ${plural(code.codingCount, 'coding')} of “${code.name}”, by every coder, move to “${target?.name ?? ''}”.`}{' '}
          {descendants.size > 0 && `Its ${plural(descendants.size, 'sub-code')} move beneath “${target?.name ?? ''}”. `}“{code.name}” is
          then removed. You can undo this right after.
        </p>
      </ConfirmDialog>

      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete “${code.name}”?`}
        confirmLabel="Delete code"
        danger
        busy={busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          void run({ type: 'delete', codeId: code.id }).then((done) => {
            setConfirm(null);
            if (done) onDeleted();
          })
        }
      >
        <p>
          {descendants.size > 0 ? `Its ${plural(descendants.size, 'sub-code')} are deleted with it, and so are ` : 'This deletes '}
          {plural(code.codingCount, 'coding')}
          {descendants.size > 0 ? ' of this code and all codings of its sub-codes' : ' of this code, by every coder'}. You can undo this
          right after (Undo or Ctrl+Z).
        </p>
      </ConfirmDialog>

      <SplitDialog open={splitting} project={project} code={code} busy={busy} run={run} onClose={() => setSplitting(false)} />
    </section>
  );
}

interface FormProps {
  code: CodeView;
  busy: boolean;
  run: (operation: CodeOperationInput) => Promise<boolean>;
}

const submitting = (run: FormProps['run'], operation: () => CodeOperationInput | null) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  const built = operation();
  if (built) void run(built);
};

function RenameForm({ code, busy, run }: FormProps) {
  const [name, setName] = useState(code.name);
  const changed = name.trim() !== '' && name.trim() !== code.name;
  return (
    <form className="rs-inline-form" onSubmit={submitting(run, () => (changed ? { type: 'rename', codeId: code.id, name: name.trim() } : null))}>
      <label htmlFor="code-rename" className="rs-label">
        Name
      </label>
      <div className="rs-inline-form__row">
        <input id="code-rename" value={name} maxLength={limits.nameMaxLength} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button button--small" disabled={busy || !changed}>
          Rename
        </button>
      </div>
    </form>
  );
}

function DescribeForm({ code, busy, run }: FormProps) {
  const [description, setDescription] = useState(code.description);
  return (
    <form className="rs-inline-form" onSubmit={submitting(run, () => ({ type: 'describe', codeId: code.id, description: description.trim() }))}>
      <label htmlFor="code-describe" className="rs-label">
        Description
      </label>
      <textarea
        id="code-describe"
        className="rs-textarea"
        rows={4}
        maxLength={5000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div>
        <button type="submit" className="button button--small" disabled={busy || description.trim() === code.description.trim()}>
          Save description
        </button>
      </div>
    </form>
  );
}

function ColorForm({ code, busy, run }: FormProps) {
  const [color, setColor] = useState(code.color ?? codeColor(code));
  return (
    <form className="rs-inline-form" onSubmit={submitting(run, () => ({ type: 'recolor', codeId: code.id, color: color.toLowerCase() }))}>
      <label htmlFor="code-color" className="rs-label">
        Colour
      </label>
      <div className="rs-inline-form__row">
        <input id="code-color" type="color" className="rs-color" value={color} onChange={(event) => setColor(event.target.value)} />
        <button type="submit" className="button button--small" disabled={busy || color.toLowerCase() === (code.color ?? '').toLowerCase()}>
          Recolour
        </button>
        {code.color && (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void run({ type: 'recolor', codeId: code.id, color: null })}>
            Automatic colour
          </button>
        )}
      </div>
    </form>
  );
}

function MoveForm({ codes, code, busy, run }: FormProps & { codes: readonly CodeView[] }) {
  const [moveTo, setMoveTo] = useState(code.parentId ?? '');
  const parent = code.parentId ? codes.find((item) => item.id === code.parentId) : undefined;
  const excluded = new Set([code.id, ...descendantIds(codes, code.id)]);
  const target = moveTo || null;
  return (
    <form className="rs-inline-form" onSubmit={submitting(run, () => (target !== code.parentId ? { type: 'move', codeId: code.id, parentId: target } : null))}>
      <label htmlFor="code-move" className="rs-label">
        Move to…
      </label>
      <div className="rs-inline-form__row">
        <select id="code-move" value={moveTo} aria-describedby="code-move-hint" onChange={(event) => setMoveTo(event.target.value)}>
          <option value="">Top level</option>
          <CodeOptions codes={codes} exclude={excluded} />
        </select>
        <button type="submit" className="button button--small" disabled={busy || target === code.parentId}>
          Move
        </button>
      </div>
      <p className="field__hint" id="code-move-hint">
        Now under: {parent ? parent.name : 'the top level'}.
      </p>
    </form>
  );
}
