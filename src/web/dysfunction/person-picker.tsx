import { useEffect, useId, useState } from 'react';
import type { PersonFunction } from '../../domain/org/types';
import type { PersonSummary } from '../../shared/org';
import { fetchPeople } from '../org/org-api';

interface PersonPickerProps {
  label: string;
  /** Only people of this function are offered. */
  personFunction?: PersonFunction;
  value: PersonSummary | null;
  onChange: (person: PersonSummary | null) => void;
  error?: string;
}

/** A search box that offers matching people as buttons: type a name, pick one, or clear the choice. */
export function PersonPicker({ label, personFunction, value, onChange, error }: PersonPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonSummary[]>([]);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetchPeople({ q: text, function: personFunction, limit: 8 }, controller.signal)
        .then((page) => setResults(page.items))
        .catch(() => setResults([]));
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, personFunction]);

  if (value) {
    return (
      <div className="field">
        <span className="field__label-text" id={`${id}-label`} style={{ fontWeight: 600, fontSize: '0.92rem' }}>
          {label}
        </span>
        <p aria-labelledby={`${id}-label`} style={{ margin: 0 }}>
          <strong>{value.name}</strong> · {value.title ?? value.function} · {value.level}
          {value.region ? ` · ${value.region}` : ''}{' '}
          <button type="button" className="button button--small" onClick={() => onChange(null)}>
            Change<span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        placeholder="Type at least two letters of a name"
        onChange={(event) => setQuery(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {results.length > 0 && (
        <ul className="sg-person-results" aria-label={`People matching “${query}”`}>
          {results.map((person) => (
            <li key={person.id}>
              <button type="button" onClick={() => onChange(person)}>
                {person.name} <span className="muted">· {person.title ?? person.function} · {person.region ?? 'no region'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim().length >= 2 && results.length === 0 && <p className="field__hint">No one in {personFunction ?? 'the organisation'} matches.</p>}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
