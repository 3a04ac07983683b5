import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { monitorLimits, type UnitDrillView } from '../../../shared/signals-monitor';
import { percent } from '../../dysfunction/labels';
import { levelLabels } from '../../org/labels';
import { QueryView } from '../../ui/query-view';
import { Table } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useUnitDrill, type MonitorParams } from './monitor-api';
import { MonitorBreadcrumb } from './breadcrumb';
import { MonitorControls } from './monitor-controls';
import { MonitorHeatmap, MonitorLegend } from './monitor-heatmap';
import { NoEvents } from './monitor-page';
import '../../dysfunction/signals.css';
import './monitor.css';

export function UnitPage() {
  const unit = useParams().unit ?? '';
  usePageTitle(`Unit ${unit} · monitor`);
  const [params, setParams] = useState<MonitorParams>({ weeks: monitorLimits.trendWeeksDefault });
  const drill = useUnitDrill(unit, params);
  return (
    <div className="page sg-page">
      <header className="page-header">
        <MonitorBreadcrumb trail={[{ to: '/signals/monitor', label: 'Dysfunction monitor' }]} current={`Unit ${unit}`} />
        <h1>Unit: {unit}</h1>
        <p className="page-header__lead">This unit’s groups by level and function, and every sales–marketing dyad with a side in it.</p>
      </header>
      <MonitorControls params={params} onChange={setParams} idPrefix="unit" />
      <QueryView query={drill} loadingLabel="Reading the unit…">
        {(data) => (data.monitor.hasEvents ? <UnitBody data={data} /> : <NoEvents />)}
      </QueryView>
    </div>
  );
}

function UnitBody({ data }: { data: UnitDrillView }) {
  return (
    <>
      <section className="section" aria-labelledby="unit-heatmap-heading">
        <h2 id="unit-heatmap-heading">By level and function</h2>
        <MonitorHeatmap view={data.monitor} caption={`Indicators of ${data.monitor.unit} by level and function`} />
        <MonitorLegend view={data.monitor} />
      </section>
      <section className="section" aria-labelledby="unit-dyads-heading">
        <h2 id="unit-dyads-heading">Dyads, last {data.windowDays} days</h2>
        {data.dyads.length === 0 ? (
          <p className="muted">No cross-function contact involving this unit in the last {data.windowDays} days.</p>
        ) : (
          <DyadTable data={data} />
        )}
      </section>
    </>
  );
}

/** The dyads with the least contact come first; the rest on request, so a large unit's page stays short. */
const FIRST_DYADS = 25;

function DyadTable({ data }: { data: UnitDrillView }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? data.dyads : data.dyads.slice(0, FIRST_DYADS);
  return (
    <>
    <Table caption={`Sales–marketing dyads with contact in the last ${data.windowDays} days, least contact first`}>
      <thead>
        <tr>
          <th scope="col">Dyad</th>
          <th scope="col">Level</th>
          <th scope="col" className="num">
            Contacts / week
          </th>
          <th scope="col" className="num">
            Days since last
          </th>
          <th scope="col" className="num">
            Reciprocity
          </th>
          <th scope="col" className="num">
            Sales started
          </th>
          <th scope="col" className="num">
            Sales → marketing unanswered
          </th>
          <th scope="col" className="num">
            Marketing → sales unanswered
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((dyad) => (
          <tr key={`${dyad.sales.id}-${dyad.marketing.id}`}>
            <th scope="row">
              <Link to={`/signals/dyads/${dyad.sales.id}/${dyad.marketing.id}`}>
                {dyad.sales.name} · {dyad.marketing.name}
              </Link>
            </th>
            <td>{dyad.sales.level === dyad.marketing.level ? levelLabels[dyad.sales.level] : `${levelLabels[dyad.sales.level]} / ${levelLabels[dyad.marketing.level]}`}</td>
            <td className="num">{dyad.contactsPerWeek.toFixed(2)}</td>
            <td className="num">{Math.floor(dyad.daysSinceLastContact)}</td>
            <td className="num">{percent(dyad.reciprocity)}</td>
            <td className="num">{percent(dyad.salesInitiatedShare)}</td>
            <td className="num">
              {percent(dyad.salesToMarketing.ratio)} <span className="muted">of {dyad.salesToMarketing.events}</span>
            </td>
            <td className="num">
              {percent(dyad.marketingToSales.ratio)} <span className="muted">of {dyad.marketingToSales.events}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
    {shown.length < data.dyads.length && (
      <p>
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          Show all {data.dyads.length} dyads
        </button>
      </p>
    )}
    </>
  );
}
