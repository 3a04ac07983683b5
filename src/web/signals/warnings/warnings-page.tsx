import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { INDICATORS } from '../../../domain/signals/indicator-series';
import { LEVELS } from '../../../domain/org/types';
import type { WarningListQuery } from '../../../shared/signals-warnings';
import { hasRole, useCurrentUser } from '../../auth/session';
import { FilterSelect } from '../../dysfunction/incidents-page';
import { EmptyState } from '../../ui/empty-state';
import { errorText } from '../../ui/error-message';
import { formatDateTime } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { usePageTitle } from '../../ui/use-page-title';
import { WarningCard } from './warning-card';
import { useScanWarnings, useWarnings } from './warnings-api';
import '../../dysfunction/signals.css';
import './warnings.css';

const SCOPES: Array<[NonNullable<WarningListQuery['scope']>, string]> = [
  ['unit', 'Unit (region)'],
  ['unit_level', 'Unit and level'],
  ['level', 'Level'],
  ['dyad', 'Dyad'],
];
const SCANNER_ROLES = ['admin', 'analyst'] as const;

export function WarningsPage() {
  usePageTitle('Early warnings');
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const focusId = params.get('id');
  const [filter, setFilter] = useState<WarningListQuery>({});
  const warnings = useWarnings(filter);
  const filtered = Object.values(filter).some(Boolean);

  useEffect(() => {
    if (!focusId || !warnings.data) return;
    const card = document.getElementById(`warning-${focusId}`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus();
  }, [focusId, warnings.data]);

  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Early warnings</h1>
        <p className="page-header__lead">
          Trend breaks and threshold crossings in cross-function contact, unanswered outreach, kept promises and conflict
          incidents, per unit, level and dyad. Each says what moved, by how much and over which weeks, and links to the
          rows behind it. Groups smaller than the reporting minimum show no figures.
        </p>
        {hasRole(user, SCANNER_ROLES) && <ScanButton />}
      </header>
      <div className="sg-filters">
        <FilterSelect id="wa-status" label="Status" value={filter.status} options={[['open', 'Open'], ['acknowledged', 'Acknowledged']]} onChange={(status) => setFilter({ ...filter, status: status as WarningListQuery['status'] })} />
        <FilterSelect id="wa-level" label="Level" value={filter.level} options={LEVELS.map((l) => [l, l])} onChange={(level) => setFilter({ ...filter, level: level as WarningListQuery['level'] })} />
        <FilterSelect
          id="wa-indicator"
          label="Indicator"
          value={filter.indicator}
          options={Object.entries(INDICATORS).map(([id, spec]) => [id, spec.label])}
          onChange={(indicator) => setFilter({ ...filter, indicator: indicator as WarningListQuery['indicator'] })}
        />
        <FilterSelect id="wa-scope" label="Scope" value={filter.scope} options={SCOPES} onChange={(scope) => setFilter({ ...filter, scope: scope as WarningListQuery['scope'] })} />
      </div>
      <QueryView query={warnings} loadingLabel="Loading warnings…">
        {(data) => (
          <>
            <p className="sg-card__meta" aria-live="polite">
              {data.lastScanAt ? `Last scan ${formatDateTime(data.lastScanAt)}.` : 'Not scanned yet.'} {data.items.length} warning{data.items.length === 1 ? '' : 's'}
              {filtered ? (data.items.length === 1 ? ' matches these filters.' : ' match these filters.') : '.'}
            </p>
            {data.items.length === 0 ? (
              <EmptyState title={filtered ? 'No warning matches these filters' : 'No warnings'}>
                {filtered ? (
                  <p>Clear a filter to see more.</p>
                ) : (
                  <p>
                    The monitor scans after each import of interaction events and once a day. Nothing it watches has broken its trend or
                    crossed a threshold.{hasRole(user, SCANNER_ROLES) ? ' Scan now to check the latest figures.' : ' An analyst or admin can scan now.'}
                  </p>
                )}
              </EmptyState>
            ) : (
              <ul className="sg-list" aria-label="Early warnings">
                {data.items.map((warning) => (
                  <WarningCard key={warning.id} warning={warning} highlighted={warning.id === focusId} />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}

function ScanButton() {
  const scan = useScanWarnings();
  return (
    <div className="wa-scan">
      <button type="button" className="button" onClick={() => scan.mutate(undefined)} disabled={scan.isPending}>
        {scan.isPending ? 'Scanning…' : 'Scan now'}
      </button>
      {scan.data && (
        <p className="sg-card__meta" role="status">
          Scan done: {scan.data.found} found, {scan.data.new} new.
        </p>
      )}
      {scan.isError && (
        <p className="field__error" role="alert">
          {errorText(scan.error)}
        </p>
      )}
    </div>
  );
}
