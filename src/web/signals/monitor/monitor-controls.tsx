import { monitorLimits } from '../../../shared/signals-monitor';
import type { MonitorParams } from './monitor-api';

const WEEK_CHOICES = [4, 8, 12, 26, 52].filter((w) => w >= monitorLimits.trendWeeksMin && w <= monitorLimits.trendWeeksMax);

/** Trend length and the day to read the monitor on (empty = today). */
export function MonitorControls({ params, onChange, idPrefix }: { params: MonitorParams; onChange: (next: MonitorParams) => void; idPrefix: string }) {
  return (
    <div className="sg-filters">
      <div className="field">
        <label htmlFor={`${idPrefix}-weeks`}>Trend length</label>
        <select id={`${idPrefix}-weeks`} value={params.weeks} onChange={(event) => onChange({ ...params, weeks: Number(event.target.value) })}>
          {WEEK_CHOICES.map((weeks) => (
            <option key={weeks} value={weeks}>
              {weeks} weeks
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-as-of`}>As of (empty = today)</label>
        <input id={`${idPrefix}-as-of`} type="date" value={params.asOf ?? ''} onChange={(event) => onChange({ ...params, asOf: event.target.value || undefined })} />
      </div>
    </div>
  );
}
