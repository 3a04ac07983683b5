import { useState } from 'react';
import { INCIDENT_KINDS, INCIDENT_KIND_LABELS, INCIDENT_READER_ROLES, INCIDENT_STATUSES, INCIDENT_STATUS_LABELS, type IncidentStatus } from '../../domain/dysfunction/incidents';
import { LEVELS } from '../../domain/org/types';
import type { IncidentView } from '../../shared/dysfunction';
import { hasRole, useCurrentUser } from '../auth/session';
import { Badge, type BadgeTone } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDate } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { useIncidentLog, useMyIncidents, useResolveIncident, type IncidentFilter } from './dysfunction-api';
import { IncidentForm } from './incident-form';
import './signals.css';

const STATUS_TONE: Record<IncidentStatus, BadgeTone> = { open: 'danger', in_progress: 'warning', resolved: 'success', dismissed: 'neutral' };

export function IncidentsPage() {
  usePageTitle('Incidents');
  const user = useCurrentUser();
  const canRead = hasRole(user, INCIDENT_READER_ROLES);
  const [filter, setFilter] = useState<IncidentFilter>({});
  const log = useIncidentLog(filter, canRead);
  const mine = useMyIncidents();

  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Incidents</h1>
        <p className="page-header__lead">
          Overt conflict between sales and marketing: open criticism, lobbying leadership against the other side,
          undermining, refusal to execute. Anyone can report one. Only leaders, analysts and admins read the log, and
          the parties are never told who reported it.
        </p>
      </header>
      <section className="section" aria-labelledby="report-heading">
        <h2 id="report-heading">Report an incident</h2>
        <IncidentForm />
      </section>
      {canRead && (
        <section className="section" aria-labelledby="log-heading">
          <h2 id="log-heading">Incident log</h2>
          <div className="sg-filters">
            <FilterSelect id="filter-level" label="Level" value={filter.level} options={LEVELS.map((l) => [l, l])} onChange={(level) => setFilter({ ...filter, level })} />
            <FilterSelect id="filter-kind" label="Kind" value={filter.kind} options={INCIDENT_KINDS.map((k) => [k, INCIDENT_KIND_LABELS[k]])} onChange={(kind) => setFilter({ ...filter, kind })} />
            <FilterSelect id="filter-status" label="Status" value={filter.status} options={INCIDENT_STATUSES.map((s) => [s, INCIDENT_STATUS_LABELS[s]])} onChange={(status) => setFilter({ ...filter, status })} />
          </div>
          <QueryView query={log} loadingLabel="Loading the log…">
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState title={Object.values(filter).some(Boolean) ? 'No incident matches these filters' : 'No incidents reported'}>
                  <p>{Object.values(filter).some(Boolean) ? 'Clear a filter to see more.' : 'Reports appear here as soon as someone files one.'}</p>
                </EmptyState>
              ) : (
                <ul className="sg-list" aria-label="Incident log">
                  {data.items.map((incident) => (
                    <IncidentCard key={incident.id} incident={incident} canResolve />
                  ))}
                </ul>
              )
            }
          </QueryView>
        </section>
      )}
      <section className="section" aria-labelledby="mine-heading">
        <h2 id="mine-heading">Reported by me</h2>
        <QueryView query={mine} loadingLabel="Loading your reports…">
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title="You have not reported any incident" />
            ) : (
              <ul className="sg-list" aria-label="Incidents I reported">
                {data.items.map((incident) => (
                  <IncidentCard key={incident.id} incident={incident} canResolve={false} />
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
    </div>
  );
}

export function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value?: string; options: Array<[string, string]>; onChange: (value: string | undefined) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">All</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function IncidentCard({ incident, canResolve }: { incident: IncidentView; canResolve: boolean }) {
  const parties = incident.parties.map((p) => (p.person ? `${p.person.name} (${p.person.function}, ${p.person.level})` : `${p.function}${p.level ? ` ${p.level}` : ''}${p.region ? ` · ${p.region}` : ''}`));
  return (
    <li className="sg-card">
      <div className="sg-card__head">
        <p className="sg-card__title">
          {INCIDENT_KIND_LABELS[incident.kind]} · {incident.level} level · severity {incident.severity}
        </p>
        <Badge tone={STATUS_TONE[incident.status]}>{INCIDENT_STATUS_LABELS[incident.status]}</Badge>
      </div>
      <p className="sg-card__meta">
        {formatDate(incident.occurredOn)} · parties: {parties.join(', ')}
        {incident.reporter && ` · reported by ${incident.reportedByMe ? 'you' : incident.reporter.name}`}
      </p>
      <p style={{ whiteSpace: 'pre-wrap', margin: '8px 0' }}>{incident.description}</p>
      {incident.resolutionNote && <p className="sg-card__meta">Resolution: {incident.resolutionNote}</p>}
      {canResolve && <ResolutionForm incident={incident} />}
    </li>
  );
}

function ResolutionForm({ incident }: { incident: IncidentView }) {
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [note, setNote] = useState(incident.resolutionNote);
  const resolve = useResolveIncident(incident.id);
  return (
    <form
      className="sg-filters"
      onSubmit={(event) => {
        event.preventDefault();
        resolve.mutate({ status, resolutionNote: note });
      }}
    >
      <div className="field">
        <label htmlFor={`status-${incident.id}`}>Status</label>
        <select id={`status-${incident.id}`} value={status} onChange={(event) => setStatus(event.target.value as IncidentStatus)}>
          {INCIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {INCIDENT_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field" style={{ flex: 1 }}>
        <label htmlFor={`note-${incident.id}`}>Resolution note</label>
        <input id={`note-${incident.id}`} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="button" disabled={resolve.isPending}>
        Save
      </button>
      {resolve.isError && (
        <p className="field__error" role="alert">
          {errorText(resolve.error)}
        </p>
      )}
    </form>
  );
}
