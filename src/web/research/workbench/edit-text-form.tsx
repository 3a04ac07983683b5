import { useState, type FormEvent } from 'react';
import type { TranscriptDetail } from '../../../shared/research';
import { isApiError } from '../../api/client';
import { errorText } from '../../ui/error-message';
import { plural } from '../../ui/format';
import { useEditTranscript, type EditTranscriptResult } from '../research-api';

interface EditTextFormProps {
  pid: string;
  detail: TranscriptDetail;
  /** Reloads the transcript from the server (after a conflict) and resolves with the latest one. */
  onReload: () => Promise<TranscriptDetail | undefined>;
  onDone: (result: EditTranscriptResult | null) => void;
}

/**
 * Edits the transcript text against the version it was loaded at. Codings follow the text they cover; codings whose
 * own text changed are flagged for review. When someone else saved first, the server refuses (409) and nothing is lost:
 * the draft stays beside the newer text to be applied again.
 */
export function EditTextForm({ pid, detail, onReload, onDone }: EditTextFormProps) {
  const { transcript } = detail;
  const [text, setText] = useState(transcript.text);
  const [baseVersion, setBaseVersion] = useState(transcript.version);
  const [conflict, setConflict] = useState<{ draft: string; reloaded: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const edit = useEditTranscript(pid, transcript.id);
  const changed = text !== transcript.text || baseVersion !== transcript.version || conflict !== null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!text.trim()) {
      setError('A transcript cannot be empty. Undo your changes with Cancel if you cleared it by mistake.');
      return;
    }
    edit.mutate(
      { text, baseVersion },
      {
        onSuccess: (result) => onDone(result),
        onError: (failure) => {
          if (isApiError(failure, 'CONFLICT')) setConflict({ draft: text, reloaded: false });
          else setError(errorText(failure));
        },
      },
    );
  }

  async function reloadLatest() {
    setReloading(true);
    setError(null);
    try {
      const latest = await onReload();
      if (!latest) throw new Error('The latest version could not be loaded. Try again.');
      setBaseVersion(latest.transcript.version);
      setText(latest.transcript.text);
      setConflict((current) => current && { ...current, reloaded: true });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setReloading(false);
    }
  }

  return (
    <form className="rs-edit" onSubmit={onSubmit} noValidate>
      {conflict !== null && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">Someone else saved this transcript first</p>
          {!conflict.reloaded ? (
            <>
              <p className="alert__body">
                Your changes are not saved. Load the latest version, then apply your changes to it again; your draft stays below
                to copy from.
              </p>
              <button type="button" className="button button--small" onClick={() => void reloadLatest()} disabled={reloading}>
                {reloading ? 'Loading…' : 'Load the latest version'}
              </button>
            </>
          ) : (
            <p className="alert__body">The latest version is loaded into the editor. Apply your changes again, then save.</p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor="transcript-edit-text">Transcript text (version {baseVersion})</label>
        <textarea
          id="transcript-edit-text"
          className="rs-textarea rs-textarea--tall"
          value={text}
          spellCheck={false}
          aria-describedby="transcript-edit-hint"
          onChange={(event) => setText(event.target.value)}
        />
        <p id="transcript-edit-hint" className="field__hint">
          Codings follow the text they cover. A coding whose own words you change is flagged for review.
        </p>
      </div>
      {conflict !== null && (
        <div className="field">
          <label htmlFor="transcript-edit-draft">Your unsaved draft (read only)</label>
          <textarea id="transcript-edit-draft" className="rs-textarea" rows={8} readOnly value={conflict.draft} />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="rs-edit__actions">
        <button type="submit" className="button button--primary" disabled={edit.isPending || !changed}>
          {edit.isPending ? 'Saving…' : 'Save text'}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function editResultMessage(result: EditTranscriptResult): string {
  const parts = [`Saved as version ${result.transcript.version}.`];
  parts.push(result.moved > 0 ? `${plural(result.moved, 'coding')} moved with the text.` : 'No coding had to move.');
  if (result.flagged > 0) parts.push(`${plural(result.flagged, 'coding')} flagged for review: their text changed.`);
  return parts.join(' ');
}
