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
import { ShowAllButton, useFirstRows } from './first-rows';
import { UnitPeopleTable } from './unit-people-table';
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
        <p className="page-header__lead">This unit’s groups by level and function, how long each of its people has gone without cross-function contact, and every sales–marketing dyad with a side in it.</p>
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
      <section className="section" aria-labelledby="unit-people-heading">
        <h2 id="unit-people-heading">People, last {data.windowDays} days</h2>
        {data.people.length === 0 ? <p className="muted">No salespeople or marketers in this unit.</p> : <UnitPeopleTable data={data} />}
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
function DyadTable({ data }: { data: UnitDrillView }) {
  const { shown, hidden, showAll } = useFirstRows(data.dyads);
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
    <ShowAllButton hidden={hidden} total={data.dyads.length} noun="dyads" onClick={showAll} />
    </>
  );
}
