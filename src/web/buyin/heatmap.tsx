import type { CSSProperties } from 'react';
import { LEVELS, FUNCTIONS } from '../../domain/org/types';
import type { Measure, ResultCell } from '../../shared/buyin';
import { functionLabels, levelLabels } from '../org/labels';
import { MeasureTableHead, Table } from '../ui/table';
import { formatMean, measureLabels } from './labels';

export const HEATMAP_MEASURES: Measure[] = ['objectivity', 'sensitivity', 'involvement', 'positioning', 'belief', 'readiness'];
/** Short column heads; the full name is the header's title and in the legend below the table. */
const shortLabels: Partial<Record<Measure, string>> = { positioning: 'Positioning', belief: 'Belief', readiness: 'Readiness' };

/**
 * A 1–5 mean as a background from red (doubt) through neutral to green (belief). The number is always printed,
 * so the colour only repeats what the text says; the text colour keeps AA contrast on every shade.
 */
export function heatStyle(value: number | null): CSSProperties | undefined {
  if (value === null) return undefined;
  const t = Math.max(0, Math.min(1, (value - 1) / 4));
  const hue = Math.round(t * 130); // 0 = red, 130 = green
  return { background: `hsl(${hue} 70% 88%)`, color: '#1c2330' };
}

/**
 * Buy-in by level × function × measure as a table-heatmap: a real table (row and column headers, caption) that a
 * screen reader walks cell by cell. Suppressed groups say "fewer than N" and carry no values.
 */
export function Heatmap({ cells, reportingMinimum, caption }: { cells: ResultCell[]; reportingMinimum: number; caption: string }) {
  const ordered = [...cells].sort(
    (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || FUNCTIONS.indexOf(a.function) - FUNCTIONS.indexOf(b.function),
  );
  return (
    <Table caption={caption} className="bi-heatmap" scrollFocusable>
      <MeasureTableHead group="Group" columns={HEATMAP_MEASURES.map((measure) => ({ key: measure, short: shortLabels[measure] ?? measureLabels[measure], long: measureLabels[measure] }))} />
      <tbody>
        {ordered.map((cell) => (
          <tr key={`${cell.level}-${cell.function}`}>
            <th scope="row" className="nowrap">
              {levelLabels[cell.level]} · {functionLabels[cell.function]}
            </th>
            {cell.suppressed || !cell.means ? (
              <td colSpan={HEATMAP_MEASURES.length + 1} className="suppressed">
                Fewer than {reportingMinimum} people: not shown, to protect who answered
              </td>
            ) : (
              <>
                <td className="num">{cell.n ?? '—'}</td>
                {HEATMAP_MEASURES.map((measure) => {
                  const value = cell.means?.[measure] ?? null;
                  return (
                    <td key={measure} className="num bi-heat" style={heatStyle(value)}>
                      {formatMean(value)}
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

/** The colour key, in words and swatches. */
export function HeatLegend() {
  return (
    <p className="heat-legend">
      <span>Means on a 1–5 scale (5 = strongly agree). Belief: in the initiative’s merit; readiness: to execute it; positioning: for success.</span>
      <span className="heat-legend__swatches">
        <span className="heat-legend__swatch" style={heatStyle(1.5)}>
          1.5 doubt
        </span>
        <span className="heat-legend__swatch" style={heatStyle(3)}>
          3.0 neutral
        </span>
        <span className="heat-legend__swatch" style={heatStyle(4.5)}>
          4.5 belief
        </span>
      </span>
    </p>
  );
}
