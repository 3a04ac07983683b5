import { useState, type FormEvent } from 'react';
import { INCIDENT_KINDS, INCIDENT_KIND_LABELS, type IncidentKind } from '../../domain/dysfunction/incidents';
import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../../domain/org/types';
import { dysfunctionLimits } from '../../shared/dysfunction';
import type { PersonSummary } from '../../shared/org';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useReportIncident } from './dysfunction-api';
import { todayIso } from './labels';
import { PersonPicker } from './person-picker';

type Party = { kind: 'person'; person: PersonSummary } | { kind: 'group'; function: PersonFunction; level: Level | ''; region: string };

const SEVERITY_HINTS = ['1 — minor friction', '2 — noticeable', '3 — serious', '4 — severe, work is blocked'];

/** Report a conflict incident. The reporter is never shown to the parties. */
export function IncidentForm() {
  const [kind, setKind] = useState<IncidentKind>('open_criticism');
  const [level, setLevel] = useState<Level>('frontline');
  const [severity, setSeverity] = useState(2);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<Party[]>([]);
  const [groupFunction, setGroupFunction] = useState<PersonFunction>('marketing');
  const [groupLevel, setGroupLevel] = useState<Level | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const report = useReportIncident();
  const toast = useToast();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!description.trim()) found.description = 'Describe what happened.';
    if (parties.length === 0) found.parties = 'Name at least one party: a person or a group.';
    if (!occurredOn || occurredOn > todayIso()) found.occurredOn = 'Choose today or an earlier date.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    report.mutate(
      {
        kind,
        level,
        severity,
        occurredOn,
        description: description.trim(),
        parties: parties.map((p) => (p.kind === 'person' ? { personId: p.person.id } : { function: p.function, ...(p.level ? { level: p.level } : {}), ...(p.region.trim() ? { region: p.region.trim() } : {}) })),
      },
      {
        onSuccess: () => {
          setDescription('');
          setParties([]);
          toast({ message: 'Incident reported. Leaders and analysts see it; the parties never see who reported it.', tone: 'success' });
        },
      },
    );
  }

  return (
    <form className="sg-form" onSubmit={onSubmit} noValidate aria-label="Report an incident">
      <div className="sg-row">
        <div className="field">
          <label htmlFor="incident-kind">Kind</label>
          <select id="incident-kind" value={kind} onChange={(event) => setKind(event.target.value as IncidentKind)}>
            {INCIDENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {INCIDENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="incident-level">Level where it happened</label>
          <select id="incident-level" value={level} onChange={(event) => setLevel(event.target.value as Level)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="incident-severity">Severity</label>
          <select id="incident-severity" value={severity} onChange={(event) => setSeverity(Number(event.target.value))}>
            {SEVERITY_HINTS.map((hint, i) => (
              <option key={hint} value={i + 1}>
                {hint}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="incident-date">When</label>
          <input id="incident-date" type="date" max={todayIso()} value={occurredOn} onChange={(event) => setOccurredOn(event.target.value)} aria-invalid={errors.occurredOn ? true : undefined} aria-describedby={errors.occurredOn ? 'incident-date-error' : undefined} />
          {errors.occurredOn && <p className="field__error" id="incident-date-error">{errors.occurredOn}</p>}
        </div>
      </div>
      <div className="field">
        <label htmlFor="incident-description">What happened</label>
        <textarea id="incident-description" className="sg-textarea" maxLength={dysfunctionLimits.textMaxLength} value={description} onChange={(event) => setDescription(event.target.value)} aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? 'incident-description-error' : undefined} />
        {errors.description && <p className="field__error" id="incident-description-error">{errors.description}</p>}
      </div>
      <fieldset>
        <legend>Parties</legend>
        {parties.length > 0 && (
          <ul className="sg-chips" aria-label="Parties named">
            {parties.map((party, i) => (
              <li key={i}>
                <span className="badge badge--neutral">
                  {party.kind === 'person' ? party.person.name : `${party.function}${party.level ? ` ${party.level}` : ''}${party.region ? ` · ${party.region}` : ''}`}
                </span>{' '}
                <button type="button" className="button button--small" onClick={() => setParties(parties.filter((_, j) => j !== i))}>
                  Remove<span className="sr-only"> party {i + 1}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <PersonPicker label="Add a person" value={null} onChange={(person) => person && !parties.some((p) => p.kind === 'person' && p.person.id === person.id) && setParties([...parties, { kind: 'person', person }])} />
        <div className="sg-filters">
          <div className="field">
            <label htmlFor="party-function">Or a group: function</label>
            <select id="party-function" value={groupFunction} onChange={(event) => setGroupFunction(event.target.value as PersonFunction)}>
              {FUNCTIONS.map((fn) => (
                <option key={fn} value={fn}>
                  {fn}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="party-level">Level</label>
            <select id="party-level" value={groupLevel} onChange={(event) => setGroupLevel(event.target.value as Level | '')}>
              <option value="">any</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={() => setParties([...parties, { kind: 'group', function: groupFunction, level: groupLevel, region: '' }])}>
            Add group
          </button>
        </div>
        {errors.parties && (
          <p className="field__error" role="alert" style={{ marginTop: 8 }}>
            {errors.parties}
          </p>
        )}
        <div style={{ height: 12 }} />
      </fieldset>
      {report.isError && (
        <p className="form-error" role="alert">
          {errorText(report.error)}
        </p>
      )}
      <div className="field">
        <button type="submit" className="button button--primary" disabled={report.isPending}>
          Report incident
        </button>
      </div>
    </form>
  );
}
