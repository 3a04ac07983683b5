import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { limits } from '../../shared/limits';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useUploadTranscript } from './research-api';
import { baseName, extensionOf } from '../ui/upload-file';

const ACCEPTED = ['.txt', '.md', '.docx'];
/** Transcripts are text: a few MB is already a very long interview. */
const MAX_BYTES = 10 * 1024 * 1024;

export function AddTranscriptForm({ detail }: { detail: ProjectDetail }) {
  const pid = detail.project.id;
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [informantId, setInformantId] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<{ id: string; title: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const upload = useUploadTranscript(pid);
  const toast = useToast();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    let problem: string | null = null;
    if (!file) problem = 'Choose the transcript file.';
    else if (!ACCEPTED.includes(extensionOf(file.name))) problem = 'Use a .txt, .md or .docx file.';
    else if (file.size === 0) problem = 'The file is empty.';
    else if (file.size > MAX_BYTES) problem = 'The file is larger than 10 MB; split the interview into parts.';
    if (problem || !file) {
      setFileError(problem);
      fileRef.current?.focus();
      return;
    }
    const finalTitle = title.trim() || baseName(file.name);
    upload.mutate(
      { file, title: finalTitle.slice(0, limits.nameMaxLength), informantId: informantId || null },
      {
        onSuccess: (transcript) => {
          setAdded({ id: transcript.id, title: transcript.title });
          setFile(null);
          setTitle('');
          setInformantId('');
          if (fileRef.current) fileRef.current.value = '';
          toast({ message: `Transcript “${transcript.title}” added.`, tone: 'success' });
        },
        onError: (error) => setFormError(errorText(error)),
      },
    );
  }

  return (
    <form className="rs-panel rs-form-grid" onSubmit={onSubmit} noValidate>
      <div className="field rs-form-grid__wide">
        <label htmlFor="transcript-file">Transcript file</label>
        <input
          id="transcript-file"
          ref={fileRef}
          type="file"
          className="rs-file"
          accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'transcript-file-hint transcript-file-error' : 'transcript-file-hint'}
          onChange={(event) => {
            const picked = event.target.files?.[0] ?? null;
            setFile(picked);
            setFileError(null);
            setAdded(null);
            if (picked && !title.trim()) setTitle(baseName(picked.name));
          }}
        />
        <p className="field__hint" id="transcript-file-hint">
          .txt, .md or .docx. Lines starting with a speaker name and a colon (“Interviewer:”, “Rep:”) become speaker turns.
        </p>
        {fileError && (
          <p className="field__error" id="transcript-file-error">
            {fileError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="transcript-title">Title</label>
        <input
          id="transcript-title"
          value={title}
          maxLength={limits.nameMaxLength}
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
        <p className="field__hint">Defaults to the file name.</p>
      </div>
      <div className="field">
        <label htmlFor="transcript-informant">Informant (optional)</label>
        <select id="transcript-informant" value={informantId} onChange={(event) => setInformantId(event.target.value)}>
          <option value="">No informant</option>
          {detail.informants.map((informant) => (
            <option key={informant.id} value={informant.id}>
              {informant.name}
            </option>
          ))}
        </select>
        {detail.informants.length === 0 && <p className="field__hint">Add informants below to link them.</p>}
      </div>
      {formError && (
        <p className="form-error rs-form-grid__wide" role="alert">
          {formError}
        </p>
      )}
      {added && (
        <p className="alert alert--success rs-form-grid__wide" role="status">
          “{added.title}” is added. <Link to={`/research/${pid}/transcripts/${added.id}`}>Start coding it</Link>.
        </p>
      )}
      <div className="rs-form-grid__wide">
        <button type="submit" className="button button--primary" disabled={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Add transcript'}
        </button>
      </div>
    </form>
  );
}
