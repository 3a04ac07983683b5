import { useRef, useState, type FormEvent } from 'react';
import { limits } from '../../shared/limits';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useAddEvidence, useUploadEvidence } from './buyin-api';
import { FormError, SelectField, TextArea, TextField } from './fields';
import { evidenceKindLabels } from './labels';

type Kind = keyof typeof evidenceKindLabels;

/** Adds an evidence item: a described item with an optional link, or a file (up to the shared size limit). */
export function EvidenceForm({ initiativeId }: { initiativeId: string }) {
  const [kind, setKind] = useState<Kind>('data');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const add = useAddEvidence(initiativeId);
  const upload = useUploadEvidence(initiativeId);
  const toast = useToast();
  const busy = add.isPending || upload.isPending;

  const reset = () => {
    setTitle('');
    setUrl('');
    setNote('');
    setError(null);
    if (fileRef.current) fileRef.current.value = '';
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const file = fileRef.current?.files?.[0];
    const name = title.trim() || file?.name || '';
    if (!name) {
      setTitleError('Give the evidence a title, e.g. “Win rates by segment, 2025”.');
      document.getElementById('evidence-title')?.focus();
      return;
    }
    const done = { onSuccess: () => (toast({ message: 'Evidence added.', tone: 'success' }), reset()), onError: (failure: unknown) => setError(errorText(failure)) };
    if (kind === 'file') {
      if (!file) {
        setError('Choose a file to attach.');
        return;
      }
      if (file.size > limits.evidenceFileBytes) {
        setError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; evidence files can be at most ${limits.evidenceFileBytes / 1024 / 1024} MB.`);
        return;
      }
      upload.mutate({ file, title: name, note }, done);
      return;
    }
    add.mutate({ kind, title: name, url: url.trim() || null, note }, done);
  };

  return (
    <form className="bi-panel bi-form" onSubmit={onSubmit} noValidate aria-labelledby="add-evidence-heading">
      <h3 id="add-evidence-heading">Add evidence</h3>
      <div className="bi-form-row">
        <SelectField id="evidence-kind" label="Kind" value={kind} onChange={setKind} options={evidenceKindLabels} />
        <TextField id="evidence-title" label="Title" value={title} onChange={(value) => (setTitle(value), setTitleError(null))} error={titleError} />
      </div>
      {kind === 'file' ? (
        <div className="field">
          <label htmlFor="evidence-file">File</label>
          <input id="evidence-file" ref={fileRef} type="file" className="bi-file" aria-describedby="evidence-file-hint" />
          <p className="field__hint" id="evidence-file-hint">
            Up to {limits.evidenceFileBytes / 1024 / 1024} MB.
          </p>
        </div>
      ) : (
        <TextField id="evidence-url" label="Link (optional)" type="url" value={url} onChange={setUrl} maxLength={2000} hint="Where to read the data or the study." />
      )}
      <TextArea id="evidence-note" label="What it shows (optional)" value={note} onChange={setNote} rows={2} />
      <FormError message={error} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add evidence'}
      </button>
    </form>
  );
}
