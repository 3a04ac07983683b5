import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { monitorLimits, type DyadDrillView } from '../../../shared/signals-monitor';
import { percent, SUPPORT_KIND_LABELS, SUPPORT_STATUS } from '../../dysfunction/labels';
import { functionLabels, levelLabels } from '../../org/labels';
import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Table } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useDyadDrill, type MonitorParams } from './monitor-api';
import { MonitorBreadcrumb } from './breadcrumb';
import { MonitorControls } from './monitor-controls';
import '../../dysfunction/signals.css';
import './monitor.css';

export function DyadPage() {
  const { salesId = '', marketingId = '' } = useParams();
  usePageTitle('Dyad · monitor');
  const [params, setParams] = useState<MonitorParams>({ weeks: monitorLimits.trendWeeksDefault });
  const drill = useDyadDrill(salesId, marketingId, params);
  return (
    <div className="page sg-page">
      <QueryView query={drill} loadingLabel="Reading the dyad…">
        {(data) => (
          <>
            <header className="page-header">
              <MonitorBreadcrumb
                trail={[
                  { to: '/signals/monitor', label: 'Dysfunction monitor' },
                  { to: `/signals/units/${encodeURIComponent(data.sales.unit)}`, label: `Unit ${data.sales.unit}` },
                ]}
                current="Dyad"
              />
              <h1>
                {data.sales.name} · {data.marketing.name}
              </h1>
              <p className="page-header__lead">
                {levelLabels[data.sales.level]} {functionLabels.sales.toLowerCase()} ({data.sales.unit}) with {levelLabels[data.marketing.level].toLowerCase()}{' '}
                {functionLabels.marketing.toLowerCase()} ({data.marketing.unit}): contact, answers and promises between the two.
              </p>
            </header>
            <MonitorControls params={params} onChange={setParams} idPrefix="dyad" />
            <DyadBody data={data} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function DyadBody({ data }: { data: DyadDrillView }) {
  const p = data.paucity;
  return (
    <>
      <section className="section" aria-labelledby="dyad-paucity-heading">
        <h2 id="dyad-paucity-heading">Communication, last {data.windowDays} days</h2>
        {p === null ? (
          <p className="muted">No contact between the two in the last {data.windowDays} days.</p>
        ) : (
          <dl className="mon-facts">
            <div><dt>Contacts per week</dt><dd>{p.contactsPerWeek.toFixed(2)}</dd></div>
            <div><dt>Days since last contact</dt><dd>{Math.floor(p.daysSinceLastContact)}</dd></div>
            <div><dt>Reciprocity</dt><dd>{percent(p.reciprocity)}</dd></div>
            <div><dt>Started by sales</dt><dd>{percent(p.salesInitiatedShare)}</dd></div>
            <div><dt>Sales → marketing unanswered</dt><dd>{percent(p.salesToMarketing.ratio)} of {p.salesToMarketing.events}</dd></div>
            <div><dt>Marketing → sales unanswered</dt><dd>{percent(p.marketingToSales.ratio)} of {p.marketingToSales.events}</dd></div>
          </dl>
        )}
      </section>
      <section className="section" aria-labelledby="dyad-weeks-heading">
        <h2 id="dyad-weeks-heading">Week by week</h2>
        <Table caption="Contacts each way per ISO week, with how many went unanswered" captionHidden scrollFocusable>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="num">Sales → marketing</th>
              <th scope="col" className="num">of which unanswered</th>
              <th scope="col" className="num">Marketing → sales</th>
              <th scope="col" className="num">of which unanswered</th>
            </tr>
          </thead>
          <tbody>
            {[...data.weeks].reverse().map((week) => (
              <tr key={week.weekStart}>
                <th scope="row" className="nowrap">{formatDate(week.weekStart)}</th>
                <td className="num">{week.salesToMarketing}</td>
                <td className="num">{week.salesToMarketingUnanswered}</td>
                <td className="num">{week.marketingToSales}</td>
                <td className="num">{week.marketingToSalesUnanswered}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
      <section className="section" aria-labelledby="dyad-support-heading">
        <h2 id="dyad-support-heading">Support asked and promises kept</h2>
        <PromiseSummary data={data} />
        {data.support.requests.length === 0 ? (
          <p className="muted">Neither has asked the other for support by name.</p>
        ) : (
          <ul className="sg-list">
            {data.support.requests.map((request) => (
              <li key={request.id} className="sg-card">
                <div className="sg-card__head">
                  <Link className="sg-card__title" to={`/signals/support/${request.id}`}>{request.summary}</Link>
                  <Badge tone={SUPPORT_STATUS[request.status].tone}>{SUPPORT_STATUS[request.status].label}</Badge>
                </div>
                <p className="sg-card__meta">
                  {SUPPORT_KIND_LABELS[request.kind as keyof typeof SUPPORT_KIND_LABELS] ?? request.kind}, asked by {request.askedBy === 'sales' ? data.sales.name : data.marketing.name} on{' '}
                  {formatDate(request.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="page-footer-note">
          How each side experiences dysfunctions at this level, from anonymous journal entries:{' '}
          <Link to="/signals/insights">journal insights (dyad view, {levelLabels[data.sales.level].toLowerCase()} level)</Link>.
        </p>
      </section>
    </>
  );
}

function PromiseSummary({ data }: { data: DyadDrillView }) {
  const { salesAsked, marketingAsked } = data.support;
  if (salesAsked.requests + marketingAsked.requests === 0) return null;
  return (
    <p>
      {data.sales.name} asked {salesAsked.requests} times: marketing kept {percent(salesAsked.keepingRate)} of its promises that came due. {data.marketing.name} asked{' '}
      {marketingAsked.requests} times: sales kept {percent(marketingAsked.keepingRate)}.
    </p>
  );
}
