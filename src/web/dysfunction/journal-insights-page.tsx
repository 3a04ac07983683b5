import { useState } from 'react';
import { Link } from 'react-router';
import { DYSFUNCTIONS, LABELS, type DysfunctionId, type JournalTag } from '../../domain/dysfunction/vocabulary';
import { LEVELS } from '../../domain/org/types';
import type { AggregateView, DyadViewResult } from '../../shared/dysfunction';
import { hasRole, useCurrentUser } from '../auth/session';
import { EmptyState } from '../ui/empty-state';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { usePageTitle } from '../ui/use-page-title';
import { useJournalAggregate, useJournalDyad, useSharedEntries } from './dysfunction-api';
import { SHARED_JOURNAL_ROLES, SIDE_LABELS } from './labels';
import './signals.css';

type Cell = AggregateView['rows'][number]['cells'][number];

function Count({ cell, minimum }: { cell: Cell | undefined; minimum: number }) {
  if (!cell) return <>0</>;
  if (cell.suppressed) return <span className="sg-suppressed">fewer than {minimum}*</span>;
  return <>{cell.entries}</>;
}

export function JournalInsightsPage() {
  usePageTitle('Journal insights');
  const user = useCurrentUser();
  const [dysfunction, setDysfunction] = useState<DysfunctionId>('dysfunction.lack_of_collaboration');
  const [level, setLevel] = useState<string>('frontline');
  const aggregate = useJournalAggregate({ dysfunction });
  const dyad = useJournalDyad(dysfunction, level);
  const shared = useSharedEntries(hasRole(user, SHARED_JOURNAL_ROLES));

  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Journal insights</h1>
        <p className="page-header__lead">
          Anonymous counts of journal entries by the interpretation or response they name, per function and level. No
          entry or author is ever shown. A count from fewer people than the reporting minimum is hidden, and so is one
          more cell where needed, so that no total can give it back (cells marked *).
        </p>
      </header>
      <div className="sg-filters">
        <div className="field">
          <label htmlFor="insights-dysfunction">Dysfunction</label>
          <select id="insights-dysfunction" value={dysfunction} onChange={(event) => setDysfunction(event.target.value as DysfunctionId)}>
            {DYSFUNCTIONS.map((id) => (
              <option key={id} value={id}>
                {LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="insights-level">Level for the dyad view</label>
          <select id="insights-level" value={level} onChange={(event) => setLevel(event.target.value)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="section" aria-labelledby="dyad-heading">
        <h2 id="dyad-heading">
          Dyad view: how each side experiences {LABELS[dysfunction].toLowerCase()} at the {level} level
        </h2>
        <QueryView query={dyad} loadingLabel="Loading the dyad view…">
          {(data) => <DyadTable data={data} />}
        </QueryView>
      </section>
      <section className="section" aria-labelledby="grid-heading">
        <h2 id="grid-heading">By function and level</h2>
        <QueryView query={aggregate} loadingLabel="Loading counts…">
          {(data) => <GridTable data={data} />}
        </QueryView>
      </section>
      {hasRole(user, SHARED_JOURNAL_ROLES) && (
        <section className="section" aria-labelledby="shared-heading">
          <h2 id="shared-heading">Entries shared with analysts</h2>
          <QueryView query={shared} loadingLabel="Loading shared entries…">
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState title="Nobody has shared an entry yet" />
              ) : (
                <ul className="sg-list" aria-label="Shared entries">
                  {data.items.map((entry) => (
                    <li key={entry.id} className="sg-card">
                      <p className="sg-card__meta">
                        {LABELS[entry.dysfunction]} · {entry.side ? SIDE_LABELS[entry.side] : 'Other function'} · {entry.month}
                      </p>
                      <p style={{ whiteSpace: 'pre-wrap' }}>{entry.trigger}</p>
                      {[...entry.interpretationIds, ...entry.responseIds].length > 0 && (
                        <p className="sg-card__meta">{[...entry.interpretationIds, ...entry.responseIds].map((tag) => LABELS[tag]).join(' · ')}</p>
                      )}
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryView>
        </section>
      )}
      <p className="page-footer-note">
        <Link to="/signals/journal">Back to my journal</Link>
      </p>
    </div>
  );
}

function DyadTable({ data }: { data: DyadViewResult }) {
  const max = Math.max(1, ...data.rows.flatMap((row) => [row.sales.entries ?? 0, row.marketing.entries ?? 0]));
  return (
    <Table caption={`Entries per interpretation and response, sales beside marketing, ${data.level} level`} captionHidden scrollFocusable>
      <thead>
        <tr>
          <th scope="col">Interpretation or response</th>
          <th scope="col">Sales</th>
          <th scope="col">Marketing</th>
          <th scope="col">Found on (DOMAIN.md)</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.tag}>
            <th scope="row">{LABELS[row.tag as JournalTag] ?? row.tag}</th>
            {(['sales', 'marketing'] as const).map((side) => (
              <td key={side}>
                {!row[side].suppressed && (row[side].entries ?? 0) > 0 && (
                  <span className={side === 'marketing' ? 'sg-bar sg-bar--marketing' : 'sg-bar'} style={{ width: `${Math.round(((row[side].entries ?? 0) / max) * 80)}px` }} aria-hidden="true" />
                )}
                <Count cell={row[side]} minimum={data.minimum} />
              </td>
            ))}
            <td>{row.expectedSide ? SIDE_LABELS[row.expectedSide] : '—'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function GridTable({ data }: { data: AggregateView }) {
  if (data.rows.length === 0) {
    return (
      <EmptyState title="No tagged entries for this dysfunction yet">
        <p>Counts appear once people tag their journal entries with interpretations or responses.</p>
      </EmptyState>
    );
  }
  const columns = (['sales', 'marketing'] as const).flatMap((fn) => [...LEVELS.map((level) => ({ fn, level })), { fn, level: null }]);
  const cellOf = (row: AggregateView['rows'][number], fn: string | null, level: string | null) => row.cells.find((c) => c.function === fn && c.level === level);
  return (
    <Table caption="Entries per interpretation or response, by function and level" captionHidden scrollFocusable>
      <thead>
        <tr>
          <th scope="col">Interpretation or response</th>
          {columns.map(({ fn, level }) => (
            <th key={`${fn}-${level}`} scope="col" className="num">
              {SIDE_LABELS[fn]} {level ?? 'all'}
            </th>
          ))}
          <th scope="col" className="num">Everyone</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.tag}>
            <th scope="row">{LABELS[row.tag as JournalTag] ?? row.tag}</th>
            {columns.map(({ fn, level }) => (
              <td key={`${fn}-${level}`} className="num">
                <Count cell={cellOf(row, fn, level)} minimum={data.minimum} />
              </td>
            ))}
            <td className="num">
              <Count cell={cellOf(row, null, null)} minimum={data.minimum} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
