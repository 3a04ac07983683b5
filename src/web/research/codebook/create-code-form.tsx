import { useState, type FormEvent } from 'react';
import type { CodeKindValue, CodeView } from '../../../shared/research';
import { limits } from '../../../shared/limits';
import { CODE_KIND_ORDER, codeKindLabels } from '../labels';
import { CodeOptions } from './code-options';

/** The kind a new code usually has beneath a parent of this kind. */
const CHILD_KIND: Record<CodeKindValue, CodeKindValue> = {
  aggregate: 'second_order',
  second_order: 'first_order',
  first_order: 'in_vivo',
  in_vivo: 'in_vivo',
};

interface CreateCodeFormProps {
  codes: readonly CodeView[];
  busy: boolean;
  onCreate: (input: { name: string; kind: CodeKindValue; parentId: string | null; description: string }) => Promise<boolean>;
}

export function CreateCodeForm({ codes, busy, onCreate }: CreateCodeFormProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CodeKindValue>('first_order');
  const [parentId, setParentId] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Name the code, for example “tell us why”.');
      document.getElementById('new-code-name')?.focus();
      return;
    }
    const done = await onCreate({ name: name.trim(), kind, parentId: parentId || null, description: description.trim() });
    if (done) {
      setName('');
      setDescription('');
      document.getElementById('new-code-name')?.focus();
    }
  }

  return (
    <form className="rs-panel rs-form-grid rs-form-grid--three" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="new-code-name">Name</label>
        <input
          id="new-code-name"
          value={name}
          maxLength={limits.nameMaxLength}
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'new-code-name-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        {nameError && (
          <p className="field__error" id="new-code-name-error">
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="new-code-kind">Kind</label>
        <select id="new-code-kind" value={kind} onChange={(event) => setKind(event.target.value as CodeKindValue)}>
          {CODE_KIND_ORDER.map((value) => (
            <option key={value} value={value}>
              {codeKindLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-code-parent">Parent</label>
        <select
          id="new-code-parent"
          value={parentId}
          onChange={(event) => {
            setParentId(event.target.value);
            const parent = codes.find((code) => code.id === event.target.value);
            if (parent) setKind(CHILD_KIND[parent.kind]);
          }}
        >
          <option value="">None (top level)</option>
          <CodeOptions codes={codes} />
        </select>
      </div>
      <div className="field rs-form-grid__wide">
        <label htmlFor="new-code-description">Description (optional)</label>
        <textarea
          id="new-code-description"
          className="rs-textarea"
          rows={2}
          maxLength={5000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="rs-form-grid__wide">
        <button type="submit" className="button button--primary" disabled={busy}>
          Create code
        </button>
      </div>
    </form>
  );
}
