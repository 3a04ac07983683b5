import { useState, type FormEvent } from 'react';
import { DYSFUNCTIONS, INTERPRETATIONS, LABELS, RESPONSES, expectedFor, orderedChoices, type DysfunctionId, type InterpretationId, type ResponseId } from '../../domain/dysfunction/vocabulary';
import type { PersonFunction } from '../../domain/org/types';
import { dysfunctionLimits, type JournalEntryInput, type JournalEntryView } from '../../shared/dysfunction';
import { errorText } from '../ui/error-message';

const EMPTY: JournalEntryInput = {
  dysfunction: 'dysfunction.communication_paucity',
  trigger: '',
  situational: '',
  existential: '',
  response: '',
  interpretationIds: [],
  responseIds: [],
  shared: false,
};

interface JournalFormProps {
  myFunction: PersonFunction | null;
  editing: JournalEntryView | null;
  busy: boolean;
  error: unknown;
  onSave: (input: JournalEntryInput) => void;
  onCancel: () => void;
}

/** The four steps of sensemaking (DOMAIN.md §5), one under the other so the form reads well on a phone. */
export function JournalForm({ myFunction, editing, busy, error, onSave, onCancel }: JournalFormProps) {
  const [values, setValues] = useState<JournalEntryInput>(editing ? { ...editing } : EMPTY);
  const [triggerError, setTriggerError] = useState<string | null>(null);
  const expected = expectedFor(values.dysfunction, myFunction);
  const set = <K extends keyof JournalEntryInput>(key: K, value: JournalEntryInput[K]) => setValues((current) => ({ ...current, [key]: value }));

  function toggle<T extends string>(list: T[], id: T, max: number): T[] {
    if (list.includes(id)) return list.filter((x) => x !== id);
    return list.length >= max ? list : [...list, id];
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!values.trigger.trim()) {
      setTriggerError('Describe what happened.');
      document.getElementById('journal-trigger')?.focus();
      return;
    }
    setTriggerError(null);
    onSave({ ...values, trigger: values.trigger.trim() });
  }

  const text = (id: keyof JournalEntryInput, label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`journal-${id}`}>{label}</label>
      <p className="field__hint" id={`journal-${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={`journal-${id}`}
        className="sg-textarea"
        maxLength={dysfunctionLimits.textMaxLength}
        value={values[id] as string}
        onChange={(event) => set(id, event.target.value as never)}
        aria-describedby={`journal-${id}-hint${id === 'trigger' && triggerError ? ' journal-trigger-error' : ''}`}
        aria-invalid={id === 'trigger' && triggerError ? true : undefined}
      />
      {id === 'trigger' && triggerError && (
        <p className="field__error" id="journal-trigger-error">
          {triggerError}
        </p>
      )}
    </div>
  );

  return (
    <form className="sg-form" onSubmit={onSubmit} noValidate aria-label={editing ? 'Edit journal entry' : 'New journal entry'}>
      <div className="field">
        <label htmlFor="journal-dysfunction">What did you meet?</label>
        <select id="journal-dysfunction" value={values.dysfunction} onChange={(event) => set('dysfunction', event.target.value as DysfunctionId)}>
          {DYSFUNCTIONS.map((id) => (
            <option key={id} value={id}>
              {LABELS[id]}
            </option>
          ))}
        </select>
      </div>
      {text('trigger', 'What happened', 'The moment you noticed it: who, what, when.')}
      {text('situational', 'What it meant for your role here', 'Your situational reading of it.')}
      <Choices
        legend="Which of these fits your reading?"
        all={orderedChoices(INTERPRETATIONS, expected.interpretations)}
        expected={expected.interpretations}
        chosen={values.interpretationIds}
        max={dysfunctionLimits.interpretationsMax}
        onToggle={(id) => set('interpretationIds', toggle(values.interpretationIds, id as InterpretationId, dysfunctionLimits.interpretationsMax))}
      />
      {text('existential', 'What it says about your place in the firm', 'Your existential reading of it.')}
      {text('response', 'What you did', 'How you responded.')}
      <Choices
        legend="Which response is closest?"
        all={orderedChoices(RESPONSES, expected.responses)}
        expected={expected.responses}
        chosen={values.responseIds}
        max={dysfunctionLimits.responsesMax}
        onToggle={(id) => set('responseIds', toggle(values.responseIds, id as ResponseId, dysfunctionLimits.responsesMax))}
      />
      <label className="sg-check" style={{ marginBottom: 16 }}>
        <input type="checkbox" checked={values.shared} onChange={(event) => set('shared', event.target.checked)} />
        <span>
          Share anonymously with analysts <span className="muted">(they see the text and tags, your side and the month — never your name)</span>
        </span>
      </label>
      {error !== null && error !== undefined && (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="sg-actions" style={{ marginBottom: 16 }}>
        <button type="submit" className="button button--primary" disabled={busy}>
          {editing ? 'Save changes' : 'Save entry'}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function Choices({ legend, all, expected, chosen, max, onToggle }: { legend: string; all: readonly string[]; expected: readonly string[]; chosen: readonly string[]; max: number; onToggle: (id: string) => void }) {
  return (
    <fieldset>
      <legend>
        {legend} <span className="muted">(up to {max})</span>
      </legend>
      <div className="sg-checks">
        {all.map((id) => (
          <label key={id} className="sg-check">
            <input type="checkbox" checked={chosen.includes(id)} disabled={!chosen.includes(id) && chosen.length >= max} onChange={() => onToggle(id)} />
            <span>
              {LABELS[id as keyof typeof LABELS]}
              {expected.includes(id) && <span className="sg-expected"> · often felt on your side</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
