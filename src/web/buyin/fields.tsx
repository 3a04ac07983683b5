import type { ReactNode } from 'react';
import { limits } from '../../shared/limits';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
}

function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input with an optional hint and error, wired up with aria-describedby. */
export function TextField(props: FieldProps & { type?: 'text' | 'date' | 'number' | 'url' | 'datetime-local'; maxLength?: number; min?: number; max?: number; required?: boolean }) {
  const { id, label, value, onChange, hint, error, type = 'text', maxLength, min, max, required } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className="bi-input"
        type={type}
        value={value}
        maxLength={maxLength ?? limits.nameMaxLength}
        min={min}
        max={max}
        required={required}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/** A labelled multi-line field capped at the comment limit the server also enforces. */
export function TextArea(props: FieldProps & { rows?: number; required?: boolean }) {
  const { id, label, value, onChange, hint, error, rows = 3, required } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className="bi-textarea"
        rows={rows}
        value={value}
        maxLength={limits.commentMaxLength}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/** A labelled select over a fixed set of options. */
export function SelectField<T extends string>(props: Omit<FieldProps, 'value' | 'onChange'> & { value: T; onChange: (value: T) => void; options: Record<T, string> }) {
  const { id, label, value, onChange, hint, error, options } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select id={id} value={value} aria-describedby={describedBy(id, hint, error)} onChange={(event) => onChange(event.target.value as T)}>
        {(Object.keys(options) as T[]).map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A form's error from the server, announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
