import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { limits } from '../../shared/limits';
import { errorText } from '../ui/error-message';
import { formatNumber } from '../ui/format';
import { useToast } from '../ui/toast';
import { useImportProject } from './research-api';
import { baseName, extensionOf } from '../ui/upload-file';

/** The research API accepts files up to limits.researchFileBytes. */
const MAX_MB = Math.round(limits.researchFileBytes / (1024 * 1024));

export function ImportProjectForm() {
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const importProject = useImportProject();
  const navigate = useNavigate();
  const toast = useToast();

  function pick(picked: File | null) {
    setFormError(null);
    setFileError(null);
    setFile(picked);
    if (picked && !name.trim()) setName(baseName(picked.name));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const extension = file ? extensionOf(file.name) : '';
    let problem: string | null = null;
    if (!file) problem = 'Choose a .qdpx project or a .qdc codebook.';
    else if (extension !== '.qdpx' && extension !== '.qdc') problem = 'Only REFI-QDA files can be imported: a .qdpx project or a .qdc codebook.';
    else if (file.size > limits.researchFileBytes) problem = `The file is larger than ${formatNumber(MAX_MB)} MB.`;
    if (problem || !file) {
      setFileError(problem);
      document.getElementById('import-project-file')?.focus();
      return;
    }
    const projectName = name.trim() || baseName(file.name);
    importProject.mutate(
      { file, format: extension === '.qdc' ? 'qdc' : 'qdpx', name: projectName },
      {
        onSuccess: (project) => {
          toast({ message: `Imported “${project.name}”: ${formatNumber(project.codes)} codes, ${formatNumber(project.transcripts)} transcripts.`, tone: 'success' });
          navigate(`/research/${project.id}`);
        },
        onError: (error) => setFormError(errorText(error)),
      },
    );
  }

  return (
    <form className="rs-panel" onSubmit={onSubmit} noValidate>
      <p className="muted">
        A <strong>.qdpx</strong> project (codes, sources, codings, memos) or a <strong>.qdc</strong> codebook from another
        QDA tool such as NVivo, ATLAS.ti or MAXQDA.
      </p>
      <div className="field">
        <label htmlFor="import-project-file">REFI-QDA file</label>
        <input
          id="import-project-file"
          type="file"
          className="rs-file"
          accept=".qdpx,.qdc"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'import-project-file-error' : 'import-project-file-hint'}
          onChange={(event) => pick(event.target.files?.[0] ?? null)}
        />
        <p className="field__hint" id="import-project-file-hint">
          Up to {formatNumber(MAX_MB)} MB.
        </p>
        {fileError && (
          <p className="field__error" id="import-project-file-error">
            {fileError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="import-project-name">Project name</label>
        <input
          id="import-project-name"
          value={name}
          maxLength={limits.nameMaxLength}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <p className="field__hint">Defaults to the file name.</p>
      </div>
      {formError && (
        <div className="form-error" role="alert">
          <p className="field__error">The file could not be imported.</p>
          <p>{formError}</p>
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={importProject.isPending}>
        {importProject.isPending ? 'Importing…' : 'Import project'}
      </button>
    </form>
  );
}
