import { useState } from 'react';
import { LEVELS } from '../../domain/org/types';
import type { InitiativeDetail, PulseResults } from '../../shared/buyin';
import { levelLabels } from '../org/labels';
import { EmptyState } from '../ui/empty-state';
import { ErrorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { formatDateTime } from '../ui/format';
import { Table } from '../ui/table';
import { usePulseResults, type ResultsFilter } from './buyin-api';
import { BlessingsSection } from './blessings-section';
import { CascadeTree } from './cascade-tree';
import { Heatmap, HeatLegend, heatStyle } from './heatmap';
import { useInitiativeDetail } from './initiative-layout';
import { formatMean, measureLabels } from './labels';
import { PulsesSection } from './pulses-section';

/** Buy-in: pulses, where buy-in breaks (heatmap, cascade, reporting lines), senior blessing, and the organisation beside it. */
export function BuyinTab() {
  const detail = useInitiativeDetail();
  return (
    <div className="bi-sections">
      <PulsesSection detail={detail} />
      <ResultsSection detail={detail} />
      <div className="bi-columns section">
        <BlessingsSection detail={detail} />
        <DeterminantsSection detail={detail} />
      </div>
    </div>
  );
}

function ResultsSection({ detail }: { detail: InitiativeDetail }) {
  const [filter, setFilter] = useState<ResultsFilter>({});
  const filtered = Boolean(filter.region || filter.level);
  const base = detail.results;
  const open = detail.pulses.find((pulse) => pulse.status === 'open');
  const shownPulse = base ? detail.pulses.find((pulse) => pulse.id === base.pulseId) : undefined;
  const query = usePulseResults(base?.pulseId ?? null, filter, filtered);
  const regions = [...new Set((base?.cascade.nodes ?? []).map((node) => node.region).filter((region): region is string => region !== null))].sort();

  return (
    <section aria-labelledby="results-heading" className="section">
      <h2 id="results-heading">Where buy-in breaks</h2>
      {!base ? (
        <EmptyState title="No results yet">
          <p>
            {open
              ? `Results of “${open.title}” appear when it closes (${formatDateTime(open.closesAt)}) or is closed early. While a pulse is open only its response count is shown: averages that moved with each answer could give one away.`
              : 'Results appear once a pulse has closed. Only group averages are ever shown, never one person’s answers.'}
          </p>
        </EmptyState>
      ) : (
        <>
          {shownPulse && (
            <p className="muted">
              Results of the closed pulse “{shownPulse.title}”.
              {open && ` The open pulse “${open.title}” publishes its results when it closes (${formatDateTime(open.closesAt)}).`}
            </p>
          )}
          <p className="section__lead">
            Group averages only. A group of fewer than {base.reportingMinimum} people is not shown, and neither is any figure that would reveal it.
          </p>
          <form className="bi-filters" aria-label="Filter results" onSubmit={(event) => event.preventDefault()}>
            <div className="field">
              <label htmlFor="results-region">Region</label>
              <select id="results-region" value={filter.region ?? ''} onChange={(event) => setFilter((current) => ({ ...current, region: event.target.value || undefined }))}>
                <option value="">All regions</option>
                {regions.map((region) => (
                  <option key={region} value={region}>
                    {region}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="results-level">Level</label>
              <select id="results-level" value={filter.level ?? ''} onChange={(event) => setFilter((current) => ({ ...current, level: event.target.value || undefined }))}>
                <option value="">All levels</option>
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {levelLabels[level]}
                  </option>
                ))}
              </select>
            </div>
          </form>
          {filtered && query.isPending && <Spinner label="Loading the filtered results…" />}
          {filtered && query.isError && <ErrorMessage error={query.error} title="These results cannot be shown" />}
          {(!filtered || query.data) && <ResultsView results={filtered && query.data ? query.data : base} />}
        </>
      )}
    </section>
  );
}

function ResultsView({ results }: { results: PulseResults }) {
  return (
    <>
      <p className="muted">{results.responded === null ? 'Responses: fewer than the reporting minimum.' : `${results.responded} people answered.`}</p>
      <h3>By level and function</h3>
      <HeatLegend />
      <Heatmap cells={results.cells} reportingMinimum={results.reportingMinimum} caption="Buy-in by level and function (means, 1–5)" />
      <h3 className="section">Cascade down the sales hierarchy</h3>
      <CascadeTree cascade={results.cascade} reportingMinimum={results.reportingMinimum} />
      <h3 className="section">Reporting lines</h3>
      {results.lines.length === 0 ? (
        <p className="muted">No reporting lines to show.</p>
      ) : (
        <Table caption="Belief in each sales manager’s line (without the manager)" className="table--compact" scrollFocusable>
          <thead>
            <tr>
              <th scope="col">Manager</th>
              <th scope="col">Level</th>
              <th scope="col">Region</th>
              <th scope="col" className="num">
                People
              </th>
              <th scope="col" className="num">
                Belief
              </th>
            </tr>
          </thead>
          <tbody>
            {results.lines.map((line) => (
              <tr key={line.managerId}>
                <th scope="row">{line.managerName}</th>
                <td>{levelLabels[line.level]}</td>
                <td>{line.region ?? '—'}</td>
                {line.suppressed ? (
                  <td colSpan={2} className="suppressed">
                    Fewer than {results.reportingMinimum}
                  </td>
                ) : (
                  <>
                    <td className="num">{line.n ?? '—'}</td>
                    <td className="num bi-heat" style={heatStyle(line.belief)}>
                      {formatMean(line.belief)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

function DeterminantsSection({ detail }: { detail: InitiativeDetail }) {
  return (
    <section aria-labelledby="determinants-heading" className="bi-panel">
      <h2 id="determinants-heading">The organisation around it</h2>
      <p className="section__lead">From the latest organisation pulse: conditions that make buy-in easier or harder everywhere.</p>
      {detail.determinants.length === 0 ? (
        <p className="muted">No organisation pulse has results yet.</p>
      ) : (
        <dl className="bi-determinants">
          {detail.determinants.map((item) => (
            <div key={item.measure}>
              <dt>
                {measureLabels[item.measure]} <code>{item.codeId}</code>
              </dt>
              <dd>
                {item.suppressed ? (
                  <span className="suppressed">Too few answers to show</span>
                ) : (
                  <span className="bi-node__value" style={heatStyle(item.mean)}>
                    {formatMean(item.mean)} of 5 · n = {item.n ?? '—'}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
