import { useState } from 'react';
import { limits } from '../../shared/limits';
import { usePeople } from '../org/org-api';
import { functionLabels, levelLabels } from '../org/labels';

/** Find a person by name and choose them from a short list: a search box and a labelled select. */
export function PersonPicker({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (personId: string) => void }) {
  const [q, setQ] = useState('');
  const people = usePeople({ q: q.trim() || undefined, limit: 20 });
  const items = people.data?.items ?? [];
  return (
    <div className="bi-form-row">
      <div className="field">
        <label htmlFor={`${id}-search`}>Find {label.toLowerCase()}</label>
        <input id={`${id}-search`} type="search" value={q} maxLength={limits.searchMaxLength} placeholder="Name or e-mail" onChange={(event) => setQ(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{people.isPending ? 'Loading…' : items.length ? 'Choose a person' : 'Nobody matches'}</option>
          {items.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} · {functionLabels[person.function]}, {levelLabels[person.level]}
              {person.region ? `, ${person.region}` : ''}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
