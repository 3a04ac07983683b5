import { LEVELS } from '../../../domain/org/types';
import type { IndicatorId, MonitorGroupView, MonitorView } from '../../../shared/signals-monitor';
import { functionLabels, levelLabels } from '../../org/labels';
import { MeasureTableHead, Table } from '../../ui/table';
import { badnessScale, DIRECTION_TEXT, fewerThan, formatChange, formatIndicator, heatStyle, INDICATOR_LABELS } from './labels';
import { Sparkline } from './sparkline';

const nameOf = (group: MonitorGroupView, everyone: string) =>
  group.level === null ? everyone : group.function === null ? `${levelLabels[group.level]} · both functions` : `${levelLabels[group.level]} · ${functionLabels[group.function]}`;

/**
 * Level × function × indicator as a real table: every cell prints its current value, its change against the 12 weeks
 * before (in words too), and a sparkline of the weekly values. Colour ranks the cells of a column from best (blue) to
 * worst (orange) and only repeats what the numbers say. Suppressed groups say "fewer than N" and carry no values.
 */
export function MonitorHeatmap({ view, caption }: { view: MonitorView; caption: string }) {
  const rows = [...LEVELS.flatMap((level) => [view.levels.find((l) => l.level === level), ...view.cells.filter((c) => c.level === level)]), view.total].filter(
    (row): row is MonitorGroupView => row !== undefined,
  );
  const scales = new Map(view.indicators.map((indicator) => [indicator.id, badnessScale(indicator.polarity, view.cells.map((c) => c.indicators?.[indicator.id]?.current ?? null))]));
  const everyone = view.unit === null ? 'Everyone' : `All of ${view.unit}`;
  return (
    <Table caption={caption} className="mon-heatmap" scrollFocusable>
      <MeasureTableHead group="Group" columns={view.indicators.map((indicator) => ({ key: indicator.id, ...INDICATOR_LABELS[indicator.id] }))} />
      <tbody>
        {rows.map((row) => {
          const isCell = row.function !== null;
          return (
            <tr key={`${row.level ?? 'all'}-${row.function ?? 'both'}`} className={isCell ? 'mon-row--cell' : 'mon-row--margin'}>
              <th scope="row" className="nowrap">
                {nameOf(row, everyone)}
              </th>
              {row.suppressed ? (
                <td colSpan={view.indicators.length + 1} className="suppressed">
                  Not shown: {fewerThan(view.minimum)} people, or hidden so that a smaller group cannot be worked out
                </td>
              ) : row.indicators === null ? (
                <>
                  <td className="num">{row.groupSize}</td>
                  <td colSpan={view.indicators.length} className="muted">
                    Nobody in this group
                  </td>
                </>
              ) : (
                <>
                  <td className="num">{row.groupSize}</td>
                  {view.indicators.map(({ id }) => (
                    <ValueCell key={id} id={id} row={row} badness={isCell ? (scales.get(id)?.(row.indicators?.[id]?.current ?? null) ?? null) : null} />
                  ))}
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function ValueCell({ id, row, badness }: { id: IndicatorId; row: MonitorGroupView; badness: number | null }) {
  const value = row.indicators?.[id];
  if (!value) return <td className="num">—</td>;
  return (
    <td className="num mon-cell" style={heatStyle(badness)}>
      <span className="mon-cell__value">{formatIndicator(id, value.current)}</span>
      {value.direction && (
        <span className={`mon-cell__change mon-cell__change--${value.direction}`}>
          {formatChange(id, value.change)} {DIRECTION_TEXT[value.direction]}
        </span>
      )}
      <Sparkline values={value.trend} />
    </td>
  );
}

/** What the colours and windows mean, in words. */
export function MonitorLegend({ view }: { view: MonitorView }) {
  return (
    <p className="heat-legend">
      <span>
        Current: the 4 weeks {view.windows.current.fromWeek} to {view.windows.current.toWeek} (weeks start on Monday); change against the 12 weeks
        from {view.windows.previous.fromWeek}. Lines: the last {view.windows.trendWeeks.length} weeks.
      </span>
      <span className="heat-legend__swatches">
        <span className="heat-legend__swatch" style={heatStyle(0)}>
          best in column
        </span>
        <span className="heat-legend__swatch" style={heatStyle(0.5)}>
          middle
        </span>
        <span className="heat-legend__swatch" style={heatStyle(1)}>
          worst in column
        </span>
      </span>
    </p>
  );
}
