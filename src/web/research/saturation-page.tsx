import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { SaturationView } from '../../shared/research';
import { EmptyState } from '../ui/empty-state';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { formatNumber } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { EChart, type ChartOption } from '../ui/echart';
import { useProjectDetail } from './project-layout';
import { useSaturation, type SaturationSettings } from './research-api';

const DEFAULTS: SaturationSettings = { base: 4, run: 2, threshold: 0.05 };

export function SaturationPage() {
  const project = useProjectDetail();
  usePageTitle(`Saturation · ${project.project.name}`);
  const [settings, setSettings] = useState<SaturationSettings>(DEFAULTS);
  const query = useSaturation(project.project.id, settings);
  return (
    <>
      <header className="page-header">
        <h1>Saturation</h1>
        <p className="page-header__lead">
          Theoretical saturation: new interviews stop adding new codes. After a base of interviews, saturation is reached
          when a run of further interviews adds fewer new codes than the threshold, as a share of the codes so far.
        </p>
      </header>
      <SettingsForm settings={settings} onApply={setSettings} />
      <QueryView query={query} loadingLabel="Counting new codes per interview…" errorTitle="Saturation could not be computed">
        {(view) =>
          view.perInterview.length === 0 ? (
            <EmptyState title="No coded interviews yet">
              <p>
                Saturation counts the new codes each interview adds, in coding order. <Link to={`/research/${project.project.id}`}>Add and code transcripts</Link> first.
              </p>
            </EmptyState>
          ) : (
            <SaturationResult view={view} />
          )
        }
      </QueryView>
    </>
  );
}

function SettingsForm({ settings, onApply }: { settings: SaturationSettings; onApply: (settings: SaturationSettings) => void }) {
  const [base, setBase] = useState(String(settings.base));
  const [run, setRun] = useState(String(settings.run));
  const [threshold, setThreshold] = useState(String(settings.threshold * 100));
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const baseValue = Number(base);
    const runValue = Number(run);
    const thresholdValue = Number(threshold);
    if (!Number.isInteger(baseValue) || baseValue < 1 || baseValue > 100) return setError('The base is a whole number of interviews from 1 to 100.');
    if (!Number.isInteger(runValue) || runValue < 1 || runValue > 100) return setError('The run is a whole number of interviews from 1 to 100.');
    if (!Number.isFinite(thresholdValue) || thresholdValue < 0 || thresholdValue > 100) return setError('The threshold is a percentage from 0 to 100.');
    setError(null);
    onApply({ base: baseValue, run: runValue, threshold: thresholdValue / 100 });
  }

  return (
    <form className="rs-settings" onSubmit={onSubmit} noValidate aria-label="Saturation settings">
      <div className="field">
        <label htmlFor="saturation-base">Base (interviews)</label>
        <input id="saturation-base" type="number" inputMode="numeric" min={1} max={100} step={1} value={base} onChange={(event) => setBase(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="saturation-run">Run (interviews)</label>
        <input id="saturation-run" type="number" inputMode="numeric" min={1} max={100} step={1} value={run} onChange={(event) => setRun(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="saturation-threshold">Threshold (%)</label>
        <input
          id="saturation-threshold"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.5}
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
        />
      </div>
      <div className="rs-settings__actions">
        <button type="submit" className="button button--primary">
          Update
        </button>
      </div>
      {error && (
        <p className="form-error rs-settings__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function SaturationResult({ view }: { view: SaturationView }) {
  const option = useMemo<ChartOption>(() => {
    const labels = view.perInterview.map((item, index) => `${index + 1}`);
    return {
      aria: { enabled: true },
      grid: { left: 48, right: 56, top: 40, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const list = params as { dataIndex: number }[];
          const item = view.perInterview[list[0]?.dataIndex ?? 0];
          if (!item) return '';
          return `${escapeHtml(item.title)}<br/>New codes: ${item.newCodes}<br/>Cumulative: ${item.cumulativeCodes}`;
        },
      },
      legend: { top: 0, data: ['New codes', 'Cumulative codes'] },
      xAxis: { type: 'category', data: labels, name: 'Interview', nameLocation: 'middle', nameGap: 26 },
      yAxis: [
        { type: 'value', name: 'New', minInterval: 1 },
        { type: 'value', name: 'Total', minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { name: 'New codes', type: 'bar', data: view.perInterview.map((item) => item.newCodes), itemStyle: { color: '#1f4fbf' }, barMaxWidth: 36 },
        {
          name: 'Cumulative codes',
          type: 'line',
          yAxisIndex: 1,
          data: view.perInterview.map((item) => item.cumulativeCodes),
          itemStyle: { color: '#b45309' },
          lineStyle: { width: 2 },
          symbolSize: 7,
        },
      ],
    } as ChartOption;
  }, [view]);

  return (
    <>
      <div className={view.reached ? 'alert alert--success' : 'alert alert--info'} role="status">
        <p className="alert__title">{view.reached ? 'Saturation reached' : 'Not saturated yet'}</p>
        <p className="alert__body">{view.verdict}</p>
      </div>
      <div className="rs-chart-card">
        <EChart
          option={option}
          label={`New codes per interview (bars) and cumulative codes (line) over ${view.perInterview.length} interviews. The table below lists the same figures.`}
        />
      </div>
      <details className="rs-disclosure">
        <summary>The figures as a table</summary>
        <Table caption="New and cumulative codes per interview, in coding order" captionHidden scrollFocusable>
          <thead>
            <tr>
              <th scope="col" className="num">#</th>
              <th scope="col">Interview</th>
              <th scope="col" className="num">New codes</th>
              <th scope="col" className="num">Cumulative codes</th>
            </tr>
          </thead>
          <tbody>
            {view.perInterview.map((item, index) => (
              <tr key={item.transcriptId}>
                <td className="num">{index + 1}</td>
                <th scope="row">{item.title}</th>
                <td className="num">{formatNumber(item.newCodes)}</td>
                <td className="num">{formatNumber(item.cumulativeCodes)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
      <p className="field__hint">
        Settings used: base {view.settings.base}, run {view.settings.run}, threshold {(view.settings.threshold * 100).toFixed(1)}%.
      </p>
    </>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
