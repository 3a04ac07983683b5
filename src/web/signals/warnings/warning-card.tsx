import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { INDICATORS } from '../../../domain/signals/indicator-series';
import { NO_UNIT } from '../../../domain/signals/rollup-types';
import type { WarningView } from '../../../shared/signals-warnings';
import { percent } from '../../dysfunction/labels';
import { EChart, type ChartOption } from '../../ui/echart';
import { Badge } from '../../ui/badge';
import { errorText } from '../../ui/error-message';
import { formatDateTime } from '../../ui/format';
import { Table } from '../../ui/table';
import { useAcknowledgeWarning, useReopenWarning } from './warnings-api';

const isRatio = (warning: WarningView) => INDICATORS[warning.indicator].kind === 'ratio';
const value = (warning: WarningView, x: number | null) => (x === null ? '—' : isRatio(warning) ? percent(x) : x.toFixed(1));

export function whereText(warning: WarningView): string {
  if (warning.dyad) return `${warning.dyad.sales.name} (sales) – ${warning.dyad.marketing.name} (marketing)`;
  if (warning.scope === 'level') return `${warning.level} level`;
  const unit = warning.unit === NO_UNIT ? 'People without a region' : (warning.unit ?? '');
  return warning.scope === 'unit_level' ? `${unit} · ${warning.level} level` : unit;
}

export function WarningCard({ warning, highlighted }: { warning: WarningView; highlighted: boolean }) {
  const headingId = `warning-${warning.id}-title`;
  return (
    <li className={`sg-card wa-card${highlighted ? ' is-highlighted' : ''}`} id={`warning-${warning.id}`} aria-labelledby={headingId} tabIndex={highlighted ? -1 : undefined}>
      <div className="sg-card__head">
        <h3 className="sg-card__title" id={headingId}>
          {warning.label} · {whereText(warning)}
        </h3>
        <span className="wa-badges">
          <Badge tone="info">{warning.type === 'break' ? 'Trend break' : 'Threshold'}</Badge>
          <Badge tone={warning.status === 'open' ? 'danger' : 'neutral'}>{warning.status === 'open' ? 'Open' : 'Acknowledged'}</Badge>
        </span>
      </div>
      <p className="wa-sentence">{warning.sentence}</p>
      <p className="sg-card__meta">
        First week {warning.firstWeek}, last flagged week {warning.lastWeek} · detected {formatDateTime(warning.detectedAt)}
        {warning.groupSize !== null && ` · ${warning.groupSize} people in the group`}
      </p>
      <p className="wa-links">
        <Link to={warning.links.page}>See the rows behind it</Link>
        <a href={warning.links.api}>Rows as JSON (API)</a>
      </p>
      {warning.evidence && <Evidence warning={warning} />}
      <Acknowledgement warning={warning} />
    </li>
  );
}

function Evidence({ warning }: { warning: WarningView }) {
  const evidence = warning.evidence!;
  return (
    <details className="wa-evidence" open={false}>
      <summary>Evidence</summary>
      <Table caption={`Evidence: ${warning.label}, ${whereText(warning)}`} captionHidden>
        <thead>
          <tr>
            <th scope="col">Window</th>
            <th scope="col">Weeks</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col" className="num">
              {isRatio(warning) ? 'Events' : 'Weeks counted'}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Recent</th>
            <td>
              {evidence.recentWeeks[0]} – {evidence.recentWeeks[1]}
            </td>
            <td className="num">{value(warning, evidence.recentValue)}</td>
            <td className="num">{evidence.recentEvents}</td>
          </tr>
          {evidence.baselineWeeks && (
            <tr>
              <th scope="row">Baseline</th>
              <td>
                {evidence.baselineWeeks[0]} – {evidence.baselineWeeks[1]}
              </td>
              <td className="num">{value(warning, evidence.baselineValue)}</td>
              <td className="num">{evidence.baselineEvents}</td>
            </tr>
          )}
        </tbody>
      </Table>
      <p className="sg-card__meta">
        {evidence.z !== null && `z = ${evidence.z.toFixed(1)} (a break needs |z| ≥ 4 and a change of at least 30%)`}
        {evidence.threshold !== null && `Threshold ${value(warning, evidence.threshold)}: the recent window's whole 95% interval is beyond it`}
      </p>
      {warning.series && <SeriesChart warning={warning} />}
    </details>
  );
}

function SeriesChart({ warning }: { warning: WarningView }) {
  const option = useMemo<ChartOption>(() => {
    const points = warning.series ?? [];
    return {
      aria: { enabled: true },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.week) },
      yAxis: { type: 'value', ...(isRatio(warning) ? { min: 0, max: 1 } : {}) },
      series: [{ type: 'line', name: warning.label, data: points.map((p) => p.value), connectNulls: false, symbolSize: 5 }],
    } as ChartOption;
  }, [warning]);
  return <EChart option={option} label={`${warning.label}, ${whereText(warning)}, per week from ${warning.series?.[0]?.week} (the table above gives the windows' values)`} height={200} />;
}

function Acknowledgement({ warning }: { warning: WarningView }) {
  const [note, setNote] = useState('');
  const acknowledge = useAcknowledgeWarning(warning.id);
  const reopen = useReopenWarning(warning.id);
  const failed = acknowledge.error ?? reopen.error;
  if (warning.status === 'acknowledged') {
    return (
      <div className="wa-ack">
        <p className="sg-card__meta">
          Acknowledged {warning.acknowledged && formatDateTime(warning.acknowledged.at)}
          {warning.acknowledged?.note && ` — “${warning.acknowledged.note}”`}
        </p>
        <button type="button" className="button button--small" onClick={() => reopen.mutate()} disabled={reopen.isPending}>
          Reopen
        </button>
        {failed && <p className="field__error" role="alert">{errorText(failed)}</p>}
      </div>
    );
  }
  return (
    <form
      className="sg-filters wa-ack"
      onSubmit={(event) => {
        event.preventDefault();
        acknowledge.mutate(note);
      }}
    >
      <div className="field" style={{ flex: 1 }}>
        <label htmlFor={`ack-note-${warning.id}`}>Note (optional)</label>
        <input id={`ack-note-${warning.id}`} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} placeholder="What was done about it" />
      </div>
      <button type="submit" className="button button--primary" disabled={acknowledge.isPending}>
        Acknowledge
      </button>
      {failed && <p className="field__error" role="alert">{errorText(failed)}</p>}
    </form>
  );
}
