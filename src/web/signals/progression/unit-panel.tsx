import type { UnitProgressionView } from '../../../shared/signals-progression';
import { Badge } from '../../ui/badge';
import { EmptyState } from '../../ui/empty-state';
import { Table } from '../../ui/table';
import { DYSFUNCTION_LABELS, earliestBadge, fixed, pValue } from './labels';
import { ProgressionChart } from './progression-chart';

/** One unit: the earliest-moving dysfunction, the chart of its weekly scores, the leads and the onsets. */
export function UnitPanel({ unit }: { unit: UnitProgressionView }) {
  const headingId = `unit-${unit.unit.replace(/\W+/g, '-')}`;
  if (unit.status !== 'analysed') {
    return (
      <section className="section pg-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{unit.unit}</h2>
        <EmptyState title={unit.suppressed ? 'Hidden: a small unit' : 'Not enough weeks of data yet'}>
          <p>{unit.message}</p>
        </EmptyState>
      </section>
    );
  }
  const badge = earliestBadge(unit.earliest);
  const leads = [...(unit.correlation?.leads ?? [])].sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.pValue - b.pValue);
  return (
    <section className="section pg-panel" aria-labelledby={headingId}>
      <div className="pg-panel__head">
        <h2 id={headingId}>{unit.unit}</h2>
        <Badge tone={badge.tone}>{badge.label}</Badge>
      </div>
      <p className="pg-reading">{unit.message}</p>
      <div className="pg-chart">
        <ProgressionChart unit={unit} />
      </div>
      <h3>Leads between week-to-week changes</h3>
      <Table caption={`Lagged cross-correlation leads in ${unit.unit}`} captionHidden scrollFocusable>
        <thead>
          <tr>
            <th scope="col">Leader → follower</th>
            <th scope="col" className="num">Best lag (weeks)</th>
            <th scope="col" className="num">r</th>
            <th scope="col" className="num">95% interval</th>
            <th scope="col" className="num">Same lag in resamples</th>
            <th scope="col" className="num">p</th>
            <th scope="col">Flagged</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={`${lead.leader}-${lead.follower}`}>
              <th scope="row">
                {DYSFUNCTION_LABELS[lead.leader]} → {DYSFUNCTION_LABELS[lead.follower]}
              </th>
              <td className="num">{lead.lag}</td>
              <td className="num">{fixed(lead.correlation)}</td>
              <td className="num">{lead.interval ? `${fixed(lead.interval[0])} to ${fixed(lead.interval[1])}` : '—'}</td>
              <td className="num">{lead.lagSupport === null ? '—' : `${Math.round(lead.lagSupport * 100)}%`}</td>
              <td className="num">{pValue(lead.pValue)}</td>
              <td>{lead.flagged ? <Badge tone="warning">Lead</Badge> : <span className="muted">No</span>}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h3>Onsets</h3>
      {unit.onsets && unit.onsets.onsets.length > 0 ? (
        <Table caption={`Onsets of the dysfunctions in ${unit.unit}`} captionHidden scrollFocusable>
          <thead>
            <tr>
              <th scope="col">Dysfunction</th>
              <th scope="col">Onset week</th>
              <th scope="col">95% interval</th>
              <th scope="col" className="num">Mean before</th>
              <th scope="col" className="num">Mean after</th>
              <th scope="col" className="num">p</th>
            </tr>
          </thead>
          <tbody>
            {unit.onsets.onsets.map((onset) => (
              <tr key={onset.dysfunction}>
                <th scope="row">{DYSFUNCTION_LABELS[onset.dysfunction]}</th>
                <td>{onset.week}</td>
                <td>
                  {onset.interval[0]} to {onset.interval[1]}
                </td>
                <td className="num">{fixed(onset.before)}</td>
                <td className="num">{fixed(onset.after)}</td>
                <td className="num">{pValue(onset.pValue)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="muted">No dysfunction shows a clear step up in these weeks.</p>
      )}
      {unit.onsets && unit.onsets.precedences.length > 0 && (
        <ul className="pg-precedences">
          {unit.onsets.precedences.map((p) => (
            <li key={`${p.earlier}-${p.later}`}>
              {DYSFUNCTION_LABELS[p.earlier]} precedes {DYSFUNCTION_LABELS[p.later].toLowerCase()} by {p.weeksApart} weeks (in {Math.round(p.probability * 100)}% of
              bootstrap draws).
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
