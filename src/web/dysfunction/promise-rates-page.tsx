import { useState } from 'react';
import { Link } from 'react-router';
import type { RatesView } from '../../shared/dysfunction';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { usePageTitle } from '../ui/use-page-title';
import { usePromiseRates } from './dysfunction-api';
import { percent } from './labels';
import './signals.css';

const DIMENSION_LABELS = { function: 'By function asked', level: 'By level of the person asked', unit: 'By unit (region)' } as const;

export function PromiseRatesPage() {
  usePageTitle('Promise-keeping rates');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const rates = usePromiseRates({ since: since || undefined, until: until || undefined });
  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Promise-keeping rates</h1>
        <p className="page-header__lead">
          How often the function asked keeps its promises (delivered by the promised date) and answers at all. Groups of
          fewer people than the reporting minimum are hidden, with one more group where needed so the total cannot give
          them back.
        </p>
      </header>
      <div className="sg-filters">
        <div className="field">
          <label htmlFor="rates-since">Asked from</label>
          <input id="rates-since" type="date" value={since} onChange={(event) => setSince(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="rates-until">Asked before</label>
          <input id="rates-until" type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
        </div>
      </div>
      <QueryView query={rates} loadingLabel="Computing rates…">
        {(data) => <RateTables data={data} />}
      </QueryView>
      <p className="page-footer-note">
        <Link to="/signals/support">Back to support requests</Link>
      </p>
    </div>
  );
}

function RateTables({ data }: { data: RatesView }) {
  if (data.tables[0]?.total === null && data.tables.every((t) => t.groups.length === 0)) {
    return <p className="muted">No support requests in this period.</p>;
  }
  return (
    <>
      {data.tables.map((table) => (
        <section key={table.dimension} className="section" aria-labelledby={`rates-${table.dimension}`}>
          <h2 id={`rates-${table.dimension}`}>{DIMENSION_LABELS[table.dimension]}</h2>
          <Table caption={DIMENSION_LABELS[table.dimension]} captionHidden scrollFocusable>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" className="num">People asked</th>
                <th scope="col" className="num">Requests</th>
                <th scope="col" className="num">Promises kept</th>
                <th scope="col" className="num">Late</th>
                <th scope="col" className="num">Overdue</th>
                <th scope="col" className="num">Declined</th>
                <th scope="col" className="num">Ignored</th>
                <th scope="col" className="num">Answer rate</th>
              </tr>
            </thead>
            <tbody>
              {table.groups.map((group) => (
                <tr key={group.group}>
                  <th scope="row">{group.group}</th>
                  {group.counts ? (
                    <>
                      <td className="num">{group.people}</td>
                      <td className="num">{group.counts.requests}</td>
                      <td className="num">
                        <strong>{percent(group.counts.keepingRate)}</strong> <span className="muted">({group.counts.keptOnTime})</span>
                      </td>
                      <td className="num">{group.counts.deliveredLate}</td>
                      <td className="num">{group.counts.overdue}</td>
                      <td className="num">{group.counts.declined}</td>
                      <td className="num">{group.counts.ignored}</td>
                      <td className="num">{percent(group.counts.responseRate)}</td>
                    </>
                  ) : (
                    <td colSpan={8} className="sg-suppressed">
                      Fewer than {data.minimum} people, or hidden so that a smaller group cannot be worked out
                    </td>
                  )}
                </tr>
              ))}
              {table.total && (
                <tr>
                  <th scope="row">All</th>
                  <td className="num">—</td>
                  <td className="num">{table.total.requests}</td>
                  <td className="num">
                    <strong>{percent(table.total.keepingRate)}</strong> <span className="muted">({table.total.keptOnTime})</span>
                  </td>
                  <td className="num">{table.total.deliveredLate}</td>
                  <td className="num">{table.total.overdue}</td>
                  <td className="num">{table.total.declined}</td>
                  <td className="num">{table.total.ignored}</td>
                  <td className="num">{percent(table.total.responseRate)}</td>
                </tr>
              )}
            </tbody>
          </Table>
        </section>
      ))}
    </>
  );
}
