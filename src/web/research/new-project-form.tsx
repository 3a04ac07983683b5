import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { limits } from '../../shared/limits';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useCreateProject } from './research-api';

export function NewProjectForm() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [start, setStart] = useState<'builtin' | 'empty'>('builtin');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const createProject = useCreateProject();
  const navigate = useNavigate();
  const toast = useToast();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!name.trim()) {
      setNameError('Give the project a name, for example “Buy-in interviews 2025”.');
      document.getElementById('new-project-name')?.focus();
      return;
    }
    createProject.mutate(
      { name: name.trim(), description: description.trim(), start },
      {
        onSuccess: (project) => {
          toast({ message: `Project “${project.name}” created.`, tone: 'success' });
          navigate(`/research/${project.id}`);
        },
        onError: (error) => setFormError(errorText(error)),
      },
    );
  }

  return (
    <form className="rs-panel" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="new-project-name">Name</label>
        <input
          id="new-project-name"
          value={name}
          maxLength={limits.nameMaxLength}
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'new-project-name-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        {nameError && (
          <p className="field__error" id="new-project-name-error">
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="new-project-description">Description (optional)</label>
        <textarea
          className="rs-textarea"
          id="new-project-description"
          rows={3}
          maxLength={5000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <fieldset className="rs-fieldset">
        <legend>Start from</legend>
        <label className="rs-choice">
          <input type="radio" name="new-project-start" value="builtin" checked={start === 'builtin'} onChange={() => setStart('builtin')} />
          <span>
            The built-in SMI codebook
            <span className="rs-choice__hint">Buy-in, linkages, tensions and dysfunctions, with their stable code ids.</span>
          </span>
        </label>
        <label className="rs-choice">
          <input type="radio" name="new-project-start" value="empty" checked={start === 'empty'} onChange={() => setStart('empty')} />
          <span>
            An empty code tree
            <span className="rs-choice__hint">For open coding from scratch.</span>
          </span>
        </label>
      </fieldset>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={createProject.isPending}>
        {createProject.isPending ? 'Creating…' : 'Create project'}
      </button>
    </form>
  );
}
