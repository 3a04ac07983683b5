import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { LEVELS, type Level } from '../../../domain/org/types';
import { NETWORK_WINDOW_DAYS, type NetworkFunction, type NetworkView } from '../../../shared/signals-network';
import '../../dysfunction/signals.css';
import { EmptyState } from '../../ui/empty-state';
import { QueryView } from '../../ui/query-view';
import { usePageTitle } from '../../ui/use-page-title';
import { useNetwork, type NetworkFilters } from './network-api';
import { NetworkChart } from './network-chart';
import { FUNCTION_STYLE, LEVEL_LABELS, WINDOW_CHOICES } from './network-labels';
import { BrokersTable, CommunitiesTable, IsolatedTable, LevelSummaryTable } from './network-tables';
import { LABELLED_BROKERS } from './graph-option';
import './network.css';

/** The filters as they stand in the URL, so a view can be shared; anything unknown is left out. */
function filtersOf(params: URLSearchParams): NetworkFilters {
  const level = params.get('level');
  const fn = params.get('function');
  const windowDays = Number(params.get('windowDays'));
  const asOf = params.get('asOf');
  return {
    level: LEVELS.includes(level as Level) ? (level as Level) : undefined,
    function: fn === 'sales' || fn === 'marketing' ? (fn as NetworkFunction) : undefined,
    windowDays: Number.isInteger(windowDays) && windowDays >= NETWORK_WINDOW_DAYS.min && windowDays <= NETWORK_WINDOW_DAYS.max ? windowDays : undefined,
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
  };
}

export function NetworkPage() {
  usePageTitle('Cross-functional network');
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const network = useNetwork(filters);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['level', 'function', 'windowDays', 'asOf']) {
      const value = String(form.get(key) ?? '');
      if (value && !(key === 'windowDays' && value === String(NETWORK_WINDOW_DAYS.default))) next.set(key, value);
    }
    setParams(next);
  };

  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Cross-functional network</h1>
        <p className="page-header__lead">
          Who works with whom across sales and marketing, from interaction events. A tie is stronger the more often two
          people are in touch, the more both sides start contact, and the more recent it is. Brokers sit on the shortest
          paths between others; isolated people have no tie with the other function.
        </p>
      </header>
      <form className="sg-filters" onSubmit={apply} key={params.toString()} aria-label="Network filters">
        <div className="field">
          <label htmlFor="network-level">Level</label>
          <select id="network-level" name="level" defaultValue={filters.level ?? ''}>
            <option value="">All levels</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="network-function">Function</label>
          <select id="network-function" name="function" defaultValue={filters.function ?? ''}>
            <option value="">Both functions</option>
            <option value="sales">Sales and their marketing counterparts</option>
            <option value="marketing">Marketing and their sales counterparts</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="network-window">Window</label>
          <select id="network-window" name="windowDays" defaultValue={String(filters.windowDays ?? NETWORK_WINDOW_DAYS.default)}>
            {WINDOW_CHOICES.map((days) => (
              <option key={days} value={days}>
                Last {days} days
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="network-as-of">Ending on</label>
          <input id="network-as-of" name="asOf" type="date" defaultValue={filters.asOf ?? ''} />
        </div>
        <button type="submit" className="button button--primary">
          Show network
        </button>
      </form>
      <QueryView query={network} loadingLabel="Computing the network…" errorTitle="The network could not be computed">
        {(view) => <NetworkBody view={view} stale={network.isPlaceholderData} />}
      </QueryView>
    </div>
  );
}

function NetworkBody({ view, stale }: { view: NetworkView; stale: boolean }) {
  if (!view.hasEvents) {
    return (
      <EmptyState title={`No interactions in the ${view.windowDays} days up to ${view.asOf}`}>
        <p>
          Import interaction events with <code>tandem import events FILE</code> (CSV or NDJSON: who contacted whom, when, on
          which channel, answered or not) or send them to <code>POST /api/events/batch</code>; the network is built from them.
          If events exist for other dates, choose a longer window or another end date.
        </p>
      </EmptyState>
    );
  }
  const filterText = [view.level ? `${LEVEL_LABELS[view.level]} level` : 'all levels', view.function ? `${FUNCTION_STYLE[view.function].label.toLowerCase()} and counterparts` : 'both functions'].join(', ');
  return (
    <div className={stale ? 'is-stale' : undefined}>
      <section className="section" aria-labelledby="network-levels">
        <h2 id="network-levels">Per level</h2>
        <p className="muted">
          {view.tieCount} ties in the {view.windowDays} days up to {view.asOf}. Density is cross-function ties over the possible
          sales × marketing pairs at the level. Groups of fewer than {view.minimum} people are not shown.
        </p>
        <LevelSummaryTable view={view} />
      </section>
      <section className="section" aria-labelledby="network-graph">
        <h2 id="network-graph">
          Network: {filterText} ({view.nodes.length} people, {view.edges.length} ties)
        </h2>
        {view.truncated && (
          <p className="nw-notice" role="status">
            {view.matchingPeople} people match; the {view.nodeCap} most strongly tied are drawn. The tables below list everyone
            who matches. Choose a level or a function to see the rest.
          </p>
        )}
        {view.nodes.length === 0 ? (
          <EmptyState title="Nobody matches these filters">
            <p>Choose another level or function.</p>
          </EmptyState>
        ) : (
          <>
            <NetworkChart view={view} label={`Network graph of ${view.nodes.length} people and ${view.edges.length} ties; the brokers and isolated people are listed in the tables below.`} />
            <ul className="nw-legend" aria-label="How to read the graph">
              {(['sales', 'marketing', 'other'] as const).map((fn) => (
                <li key={fn}>
                  <span className="nw-swatch" style={{ background: FUNCTION_STYLE[fn].color }} aria-hidden="true" />
                  {FUNCTION_STYLE[fn].label}
                </li>
              ))}
              <li>
                <span className="nw-swatch nw-swatch--diamond" aria-hidden="true" />
                No cross-function tie
              </li>
              <li>Larger = higher betweenness; names shown for the top {LABELLED_BROKERS} brokers</li>
              <li>Thicker line = stronger tie</li>
              <li>Scroll to zoom, drag to move, hover a person to see their ties, click to open them</li>
            </ul>
          </>
        )}
        <p className="muted">
          Betweenness is{' '}
          {view.betweenness.exact
            ? 'exact.'
            : `estimated from a sample of paths: every value is within ${(view.betweenness.epsilon ?? 0) * 100} percentage points with probability ${Math.round((1 - (view.betweenness.delta ?? 0)) * 100)}%.`}{' '}
          People and their ties are shown individually to leaders, analysts and admins.
        </p>
      </section>
      <section className="section" aria-labelledby="network-communities">
        <h2 id="network-communities">Communities</h2>
        <p className="muted">Groups that mostly work with each other at a level (Louvain). Communities of fewer than {view.minimum} people are shown only merged.</p>
        <CommunitiesTable view={view} />
      </section>
      <div className="nw-tables">
        <section className="section" aria-labelledby="network-brokers">
          <h2 id="network-brokers">Brokers</h2>
          <BrokersTable view={view} />
        </section>
        <section className="section" aria-labelledby="network-isolated">
          <h2 id="network-isolated">Isolated people ({view.isolated.length})</h2>
          <IsolatedTable view={view} />
        </section>
      </div>
    </div>
  );
}
