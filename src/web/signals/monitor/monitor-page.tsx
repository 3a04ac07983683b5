import { useState } from 'react';
import { Link } from 'react-router';
import type { MonitorView } from '../../../shared/signals-monitor';
import { monitorLimits } from '../../../shared/signals-monitor';
import { EmptyState } from '../../ui/empty-state';
import { QueryView } from '../../ui/query-view';
import { MeasureTableHead, Table } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useMonitor, type MonitorParams } from './monitor-api';
import { MonitorControls } from './monitor-controls';
import { MonitorHeatmap, MonitorLegend } from './monitor-heatmap';
import { DIRECTION_TEXT, fewerThan, formatIndicator, INDICATOR_LABELS } from './labels';
import '../../dysfunction/signals.css';
import './monitor.css';

export function MonitorPage() {
  usePageTitle('Dysfunction monitor');
  const [params, setParams] = useState<MonitorParams>({ weeks: monitorLimits.trendWeeksDefault });
  const monitor = useMonitor(params);
  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Dysfunction monitor</h1>
        <p className="page-header__lead">
          Where communication between sales and marketing is scarce, one-sided or left unanswered, by level and function,
          from the interaction rollups. Groups smaller than the reporting minimum are hidden, with any group that would
          give one back by subtraction.
        </p>
      </header>
      <MonitorControls params={params} onChange={setParams} idPrefix="monitor" />
      <QueryView query={monitor} loadingLabel="Reading the monitor…">
        {(view) => (view.hasEvents ? <MonitorBody view={view} /> : <NoEvents />)}
      </QueryView>
    </div>
  );
}

export function NoEvents() {
  return (
    <EmptyState title="No interaction events yet">
      <p>
        The monitor reads who contacted whom across sales and marketing. Import interaction events with <code>tandem import events FILE</code> or
        POST /api/events/batch, then come back here.
      </p>
    </EmptyState>
  );
}

function MonitorBody({ view }: { view: MonitorView }) {
  return (
    <>
      <section className="section" aria-labelledby="monitor-heatmap-heading">
        <h2 id="monitor-heatmap-heading">By level and function</h2>
        <MonitorHeatmap view={view} caption="Indicators by level and function, current 4 weeks with change and weekly trend" />
        <MonitorLegend view={view} />
      </section>
      <section className="section" aria-labelledby="monitor-units-heading">
        <h2 id="monitor-units-heading">By unit</h2>
        <UnitList view={view} />
      </section>
    </>
  );
}

const UNIT_COLUMNS = ['outreachPerPerson', 'inboundPerPerson', 'unansweredOutreachShare', 'unansweredInboundShare', 'initiationShare'] as const;

function UnitList({ view }: { view: MonitorView }) {
  if (view.units.length === 0) return <p className="muted">No units: add people with a region to see units.</p>;
  return (
    <Table caption="Units (regions): current 4 weeks, change against the 12 weeks before" captionHidden>
      <MeasureTableHead group="Unit" columns={UNIT_COLUMNS.map((id) => ({ key: id, ...INDICATOR_LABELS[id] }))} />
      <tbody>
        {view.units.map((unit) => (
          <tr key={unit.unit}>
            <th scope="row">
              <Link to={`/signals/units/${encodeURIComponent(unit.unit ?? '')}`}>{unit.unit}</Link>
            </th>
            {unit.suppressed ? (
              <td colSpan={UNIT_COLUMNS.length + 1} className="suppressed">
                Not shown: {fewerThan(view.minimum)} people, or hidden so that a smaller group cannot be worked out
              </td>
            ) : (
              <>
                <td className="num">{unit.groupSize}</td>
                {UNIT_COLUMNS.map((id) => {
                  const value = unit.indicators?.[id];
                  return (
                    <td key={id} className="num">
                      {formatIndicator(id, value?.current ?? null)}
                      {value?.direction && <span className={`mon-cell__change mon-cell__change--${value.direction}`}> {DIRECTION_TEXT[value.direction]}</span>}
                    </td>
                  );
                })}
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
