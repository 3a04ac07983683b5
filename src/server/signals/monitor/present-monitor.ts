import type { MonitorGroup } from '../../../domain/signals/monitor-heatmap';
import { INTERFACE_FUNCTIONS } from '../../../domain/signals/monitor-heatmap';
import { LEVELS } from '../../../domain/org/types';
import { NO_UNIT } from '../../../domain/signals/rollup-types';
import { INDICATOR_LIST, type MonitorGroupView, type MonitorView } from '../../../shared/signals-monitor';
import { groupOf, type MonitorLattice } from './monitor-lattice';

/** Four significant digits: more than any reader needs, and half the bytes of a full double on every figure. */
const figure = (value: number | null) => (value === null ? null : Number(value.toPrecision(4)));

/** A group as the API shows it, field by field; `withTrend: false` leaves the weekly values out (the unit list). */
export function presentGroup(group: MonitorGroup, withTrend = true): MonitorGroupView {
  const indicators =
    group.indicators === null
      ? null
      : Object.fromEntries(
          Object.entries(group.indicators).map(([id, value]) => [
            id,
            { current: figure(value.current), previous: figure(value.previous), change: figure(value.change), direction: value.direction, trend: withTrend ? value.trend.map(figure) : [] },
          ]),
        );
  return {
    unit: group.unit,
    level: group.level,
    function: group.function,
    groupSize: group.groupSize,
    suppressed: group.suppressed,
    currentEvents: group.currentEvents,
    indicators: indicators as MonitorGroupView['indicators'],
  };
}

/** The org's heatmap (unit null) or one unit's, and always the whole unit list. Unknown unit → 404. */
export function presentMonitor(lattice: MonitorLattice, unit: string | null): MonitorView {
  const total = unit === null ? groupOf(lattice, 'total', null, null, null) : groupOf(lattice, 'unit', unit, null, null);
  return {
    asOf: lattice.asOf,
    minimum: lattice.minimum,
    hasEvents: lattice.hasEvents,
    unit,
    windows: { current: lattice.windows.current, previous: lattice.windows.previous, trendWeeks: lattice.windows.trendWeeks },
    indicators: INDICATOR_LIST,
    total: presentGroup(total),
    levels: LEVELS.map((level) => presentGroup(unit === null ? groupOf(lattice, 'level', null, level, null) : groupOf(lattice, 'unitLevel', unit, level, null))),
    cells: LEVELS.flatMap((level) =>
      INTERFACE_FUNCTIONS.map((fn) => presentGroup(unit === null ? groupOf(lattice, 'levelFunction', null, level, fn) : groupOf(lattice, 'cell', unit, level, fn))),
    ),
    // People without a region last: a catch-all, not a unit anyone runs.
    units: lattice.groups
      .filter((group) => group.kind === 'unit')
      .sort((a, b) => Number(a.unit === NO_UNIT) - Number(b.unit === NO_UNIT))
      .map((group) => presentGroup(group, false)),
  };
}
