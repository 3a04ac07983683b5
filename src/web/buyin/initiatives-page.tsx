import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { STAGES, type InitiativeSummary, type Stage } from '../../shared/buyin';
import { limits } from '../../shared/limits';
import { EmptyState } from '../ui/empty-state';
import { formatDate, formatNumber } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { usePageTitle } from '../ui/use-page-title';
import { useInitiatives } from './buyin-api';
import { formatMean, HealthChip, StageBadge, stageLabels } from './labels';
import { NewInitiativeDialog } from './new-initiative-dialog';
import { useViewer } from './use-viewer';
import './buyin.css';

/** Every initiative with its stage, open loops, belief and health; filters live in the address so links keep them. */
export function InitiativesPage() {
  usePageTitle('Initiatives');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage');
  const stage = STAGES.includes(stageParam as Stage) ? (stageParam as Stage) : undefined;
  const q = params.get('q') ?? '';
  const mine = params.get('mine') === 'true';
  const [creating, setCreating] = useState(false);
  const initiatives = useInitiatives({ stage, q: q.trim() || undefined, mine });
  const filtered = Boolean(stage || q.trim() || mine);

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <header className="page-header bi-page-header">
        <div>
          <h1>Initiatives</h1>
          <p className="page-header__lead">
            Marketing initiatives on their way to the field: evidence, involvement, the absorption window, every question
            answered with a reason, and how far sales believes in them, level by level.
          </p>
        </div>
        {viewer.isMarketer && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New initiative
          </button>
        )}
      </header>

      <form className="bi-filters" role="search" aria-label="Filter initiatives" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="initiative-search">Search</label>
          <input
            id="initiative-search"
            type="search"
            value={q}
            maxLength={limits.searchMaxLength}
            placeholder="Title or summary"
            onChange={(event) => update('q', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="initiative-stage">Stage</label>
          <select id="initiative-stage" value={stage ?? ''} onChange={(event) => update('stage', event.target.value || null)}>
            <option value="">All stages</option>
            {STAGES.map((value) => (
              <option key={value} value={value}>
                {stageLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <label className="bi-check">
          <input type="checkbox" checked={mine} onChange={(event) => update('mine', event.target.checked ? 'true' : null)} />
          Only mine
        </label>
      </form>

      <QueryView query={initiatives} loadingLabel="Loading initiatives…" errorTitle="The initiatives could not be loaded">
        {({ items }) =>
          items.length === 0 ? (
            filtered ? (
              <EmptyState title="No initiative matches these filters">
                <p>Clear the search or choose “All stages” to see every initiative.</p>
              </EmptyState>
            ) : (
              <EmptyState title="No initiatives yet">
                <p>
                  {viewer.isMarketer
                    ? 'Start one with “New initiative”: give its rationale and evidence, then involve sales before it reaches the field.'
                    : 'When marketing starts an initiative it shows here, from its first draft, so you can question it early.'}
                </p>
              </EmptyState>
            )
          ) : (
            <div className={initiatives.isPlaceholderData ? 'is-stale' : undefined}>
              <InitiativesTable items={items} />
            </div>
          )
        }
      </QueryView>
      <NewInitiativeDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

function InitiativesTable({ items }: { items: InitiativeSummary[] }) {
  return (
    <Table caption={`Initiatives (${formatNumber(items.length)})`}>
      <thead>
        <tr>
          <th scope="col">Initiative</th>
          <th scope="col">Stage</th>
          <th scope="col">Owner</th>
          <th scope="col">Regions</th>
          <th scope="col">Dates</th>
          <th scope="col" className="num">
            Open loops
          </th>
          <th scope="col" className="num">
            Belief
          </th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row" className="cell-name">
              <Link to={`/initiatives/${item.id}`}>{item.title}</Link>
              {item.targetSegments.length > 0 && <span className="cell-sub">{item.targetSegments.join(', ')}</span>}
            </th>
            <td>
              <StageBadge stage={item.stage} />
            </td>
            <td>{item.owner.name}</td>
            <td>
              <Regions regions={item.targetRegions} />
            </td>
            <td className="nowrap">
              {item.startDate ? formatDate(item.startDate) : '—'}
              <span className="cell-sub">Rollout {item.rolloutDate ? formatDate(item.rolloutDate) : 'not set'}</span>
            </td>
            <td className="num">
              {formatNumber(item.openLoops)}
              {item.overdueLoops > 0 && <span className="cell-sub bi-overdue">{formatNumber(item.overdueLoops)} overdue</span>}
            </td>
            <td className="num">
              {formatMean(item.belief)}
              {item.belief !== null && <span className="sr-only"> out of 5</span>}
            </td>
            <td className="bi-cell-health">
              <HealthChip health={item.health} showReasons />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Up to two regions by name; more as a count with the first names, so the column stays narrow. */
function Regions({ regions }: { regions: string[] }) {
  if (regions.length === 0) return <span className="muted">All</span>;
  if (regions.length <= 2) return <>{regions.join(', ')}</>;
  return (
    <>
      {regions.length} regions
      <span className="cell-sub">
        {regions.slice(0, 2).join(', ')} and {regions.length - 2} more
      </span>
    </>
  );
}
