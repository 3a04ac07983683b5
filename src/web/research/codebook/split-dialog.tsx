import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { CodeOperationInput, CodeView, ProjectDetail } from '../../../shared/research';
import { limits } from '../../../shared/limits';
import { ErrorMessage } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { plural } from '../../ui/format';
import { FormDialog } from '../../ui/form-dialog';
import { snippet } from '../labels';
import { fetchTranscript, transcriptKey } from '../research-api';

interface SplitDialogProps {
  open: boolean;
  project: ProjectDetail;
  code: CodeView;
  busy: boolean;
  run: (operation: CodeOperationInput) => Promise<boolean>;
  onClose: () => void;
}

/** Splits a code: a new sibling code takes the codings ticked here (or none). */
export function SplitDialog({ open, project, code, busy, run, onClose }: SplitDialogProps) {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const pid = project.project.id;
  // The code's codings live in the transcripts; load them only while the dialog is open.
  const transcripts = useQueries({
    queries: (open && code.codingCount > 0 ? project.transcripts : []).map((transcript) => ({
      queryKey: transcriptKey(pid, transcript.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchTranscript(pid, transcript.id, signal),
    })),
  });
  const loading = transcripts.some((query) => query.isPending);
  const failed = transcripts.find((query) => query.isError);
  const coders = new Map(project.coders.map((coder) => [coder.id, coder]));
  const groups = transcripts
    .map((query) => query.data)
    .filter((detail) => detail !== undefined)
    .map((detail) => ({
      transcript: detail.transcript,
      codings: detail.codings.filter((coding) => coding.codeId === code.id).sort((a, b) => a.start - b.start),
    }))
    .filter((group) => group.codings.length > 0);
  const allIds = groups.flatMap((group) => group.codings.map((coding) => coding.id));

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const close = () => {
    setName('');
    setNameError(null);
    setChosen(new Set());
    onClose();
  };

  return (
    <FormDialog
      open={open}
      wide
      title={`Split “${code.name}”`}
      submitLabel={busy ? 'Splitting…' : chosen.size > 0 ? `Split, moving ${plural(chosen.size, 'coding')}` : 'Split, moving no codings'}
      busy={busy}
      onCancel={close}
      onSubmit={() => {
        if (!name.trim()) {
          setNameError('Name the new code.');
          document.getElementById('split-name')?.focus();
          return;
        }
        const codingIds = allIds.filter((id) => chosen.has(id));
        void run({ type: 'split', codeId: code.id, name: name.trim(), codingIds }).then((done) => {
          if (done) close();
        });
      }}
    >
      <p>A new code of the same kind is created next to “{code.name}”. The codings you tick move to it; the rest stay.</p>
      <div className="field">
        <label htmlFor="split-name">Name of the new code</label>
        <input
          id="split-name"
          value={name}
          maxLength={limits.nameMaxLength}
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'split-name-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        {nameError && (
          <p className="field__error" id="split-name-error">
            {nameError}
          </p>
        )}
      </div>
      <fieldset className="rs-fieldset">
        <legend>Codings that move to the new code</legend>
        {code.codingCount === 0 ? (
          <p className="muted">“{code.name}” has no codings yet, so none move.</p>
        ) : loading ? (
          <Spinner inline label="Loading the codings…" />
        ) : failed ? (
          <ErrorMessage error={failed.error} title="The codings could not be loaded" onRetry={() => void failed.refetch()} />
        ) : (
          <>
            <p className="rs-split__tools">
              <button type="button" className="button button--small" onClick={() => setChosen(new Set(allIds))}>
                Tick all
              </button>
              <button type="button" className="button button--small" onClick={() => setChosen(new Set())}>
                None
              </button>
              <span className="field__hint">{plural(chosen.size, 'coding')} of {allIds.length} ticked</span>
            </p>
            <div className="rs-split__list">
              {groups.map((group) => (
                <div key={group.transcript.id}>
                  <p className="rs-split__transcript">{group.transcript.title}</p>
                  {group.codings.map((coding) => (
                    <label key={coding.id} className="rs-choice rs-split__coding">
                      <input type="checkbox" checked={chosen.has(coding.id)} onChange={() => toggle(coding.id)} />
                      <span>
                        “{snippet(group.transcript.text.slice(coding.start, coding.end), 160)}”
                        <span className="rs-choice__hint">{coders.get(coding.coderId)?.name ?? 'Unknown coder'}</span>
                      </span>
                    </label>
                  ))}
                </div>
              ))}
            </div>
          </>
        )}
      </fieldset>
    </FormDialog>
  );
}
