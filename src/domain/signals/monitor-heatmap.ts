/**
 * The dysfunction monitor's heatmap (docs/signals-monitor.md): every group of the interface — unit × level ×
 * function, and its margins (unit × level, unit, level × function, level, everyone) — with each indicator's current
 * value (the last 4 complete weeks), its previous value (the 12 weeks before), the change with a direction, and a
 * weekly trend. From the unit-week rollup alone, through `groupWeekIndicators`. Small groups are suppressed once, over
 * the whole lattice, with complementary suppression across every additive relation between the groups shown, so no
 * view (org, one unit, the unit list) gives a hidden group back by subtraction from another.
 */
import { suppressCells, type Relation } from '../dysfunction/suppression';
import { LEVELS, type Level } from '../org/types';
import { groupWeekIndicators, type GroupWeekIndicators } from './group-week-indicators';
import type { IsoDate, RollupPerson, UnitWeekRollupRow } from './rollup-types';
import { addWeeks, DAY_MS, weekStartOf, weeksBetween } from './weeks';

export const INTERFACE_FUNCTIONS = ['sales', 'marketing'] as const;
export type InterfaceFunction = (typeof INTERFACE_FUNCTIONS)[number];

export const MONITOR_INDICATORS = [
  'outreachPerPerson',
  'inboundPerPerson',
  'unansweredOutreachShare',
  'unansweredInboundShare',
  'outreachResponseHours',
  'inboundResponseHours',
  'initiationShare',
] as const;
export type MonitorIndicator = (typeof MONITOR_INDICATORS)[number];

/** Which way is better: more contact, fewer unanswered, faster answers, and initiation near half each way. */
export const INDICATOR_POLARITY: Record<MonitorIndicator, 'higher' | 'lower' | 'balanced'> = {
  outreachPerPerson: 'higher',
  inboundPerPerson: 'higher',
  unansweredOutreachShare: 'lower',
  unansweredInboundShare: 'lower',
  outreachResponseHours: 'lower',
  inboundResponseHours: 'lower',
  initiationShare: 'balanced',
};

const SHARES = new Set<MonitorIndicator>(['unansweredOutreachShare', 'unansweredInboundShare', 'initiationShare']);
/** Changes smaller than these are "same": 2 percentage points for shares, 5% of the previous value otherwise. */
export const SAME_SHARE = 0.02;
export const SAME_RELATIVE = 0.05;

export const CURRENT_WEEKS = 4;
export const BASELINE_WEEKS = 12;

export type Direction = 'better' | 'worse' | 'same';

export interface IndicatorValue {
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is. */
  change: number | null;
  direction: Direction | null;
  /** One value per trend week, oldest first. */
  trend: Array<number | null>;
}

export type GroupKind = 'cell' | 'unitLevel' | 'unit' | 'levelFunction' | 'level' | 'total';

export interface MonitorGroup {
  key: string;
  kind: GroupKind;
  unit: string | null;
  level: Level | null;
  function: InterfaceFunction | null;
  /** Null when suppressed. */
  groupSize: number | null;
  suppressed: boolean;
  /** Cross-function events (outreach + inbound) in the current window; null when suppressed. */
  currentEvents: number | null;
  /** Null when suppressed or when the group has no people. */
  indicators: Record<MonitorIndicator, IndicatorValue> | null;
}

export interface MonitorWindows {
  current: { fromWeek: IsoDate; toWeek: IsoDate };
  previous: { fromWeek: IsoDate; toWeek: IsoDate };
  trendWeeks: IsoDate[];
  /** The first week any of them needs: read the rollup from here to `current.toWeek`. */
  firstWeek: IsoDate;
}

/** The last complete ISO week on `asOf` (a Sunday's own week counts), the 4 weeks ending there, the 12 before, the trend. */
export function monitorWindows(asOf: IsoDate, trendLength: number): MonitorWindows {
  const toWeek = addWeeks(weekStartOf(Date.parse(`${asOf}T00:00:00Z`) + DAY_MS), -1);
  const current = { fromWeek: addWeeks(toWeek, -(CURRENT_WEEKS - 1)), toWeek };
  const previous = { fromWeek: addWeeks(current.fromWeek, -BASELINE_WEEKS), toWeek: addWeeks(current.fromWeek, -1) };
  const trendWeeks = weeksBetween(addWeeks(toWeek, -(trendLength - 1)), toWeek);
  const firstWeek = [previous.fromWeek, trendWeeks[0] as IsoDate].sort()[0] as IsoDate;
  return { current, previous, trendWeeks, firstWeek };
}

export const groupKey = (kind: GroupKind, unit: string | null, level: Level | null, fn: InterfaceFunction | null) =>
  [kind, unit ?? '', level ?? '', fn ?? ''].join('\u0000');

interface GroupSpec {
  kind: GroupKind;
  unit: string | null;
  level: Level | null;
  function: InterfaceFunction | null;
}

/** The six groups a person (or a rollup row) of the interface belongs to. */
function groupsOf(unit: string, level: Level, fn: InterfaceFunction): GroupSpec[] {
  return [
    { kind: 'cell', unit, level, function: fn },
    { kind: 'unitLevel', unit, level, function: null },
    { kind: 'unit', unit, level: null, function: null },
    { kind: 'levelFunction', unit: null, level, function: fn },
    { kind: 'level', unit: null, level, function: null },
    { kind: 'total', unit: null, level: null, function: null },
  ];
}

const isInterface = (fn: string): fn is InterfaceFunction => fn === 'sales' || fn === 'marketing';

export interface MonitorInput {
  rows: readonly UnitWeekRollupRow[];
  people: readonly RollupPerson[];
  windows: MonitorWindows;
  minimum: number;
}

/** Every group of the lattice, suppressed where needed, in a stable order (kind, unit, level, function). */
export function monitorHeatmap({ rows, people, windows, minimum }: MonitorInput): MonitorGroup[] {
  const specs = new Map<string, GroupSpec>();
  const sizes = new Map<string, number>();
  const rowsOf = new Map<string, UnitWeekRollupRow[]>();
  const units = new Set<string>();
  for (const person of people) {
    if (!isInterface(person.function)) continue;
    units.add(person.unit);
    for (const spec of groupsOf(person.unit, person.level, person.function)) {
      const key = groupKey(spec.kind, spec.unit, spec.level, spec.function);
      specs.set(key, spec);
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
  }
  for (const row of rows) {
    if (!isInterface(row.function)) continue;
    units.add(row.unit);
    for (const spec of groupsOf(row.unit, row.level, row.function)) {
      const key = groupKey(spec.kind, spec.unit, spec.level, spec.function);
      specs.set(key, spec);
      const list = rowsOf.get(key);
      if (list) list.push(row);
      else rowsOf.set(key, [row]);
    }
  }
  // Every level × function and unit × level × function is shown, with people or not (an empty cell is a finding).
  for (const unit of [...units, null]) {
    for (const level of LEVELS) {
      for (const fn of INTERFACE_FUNCTIONS) {
        const kind = unit === null ? 'levelFunction' : 'cell';
        specs.set(groupKey(kind, unit, level, fn), { kind, unit, level, function: fn });
      }
      const kind = unit === null ? 'level' : 'unitLevel';
      specs.set(groupKey(kind, unit, level, null), { kind, unit, level, function: null });
    }
    if (unit !== null) specs.set(groupKey('unit', unit, null, null), { kind: 'unit', unit, level: null, function: null });
  }
  specs.set(groupKey('total', null, null, null), { kind: 'total', unit: null, level: null, function: null });

  const hidden = suppressCells(sizes, latticeRelations([...units], specs), minimum);
  return [...specs.entries()]
    .map(([key, spec]) => {
      const size = sizes.get(key) ?? 0;
      const suppressed = hidden.has(key);
      const own = rowsOf.get(key) ?? [];
      const current = suppressed ? null : summarise(own, windows.current);
      return {
        key,
        ...spec,
        groupSize: suppressed ? null : size,
        suppressed,
        currentEvents: current === null ? null : Math.round((current.outreachPerWeek + current.inboundPerWeek) * current.weeks),
        indicators: suppressed || size === 0 ? null : indicatorsOf(own, size, windows),
      };
    })
    .sort((a, b) => orderOf(a) - orderOf(b) || (a.unit ?? '').localeCompare(b.unit ?? '') || levelOrder(a.level) - levelOrder(b.level) || (a.function ?? '').localeCompare(b.function ?? ''));
}

const KIND_ORDER: GroupKind[] = ['total', 'level', 'levelFunction', 'unit', 'unitLevel', 'cell'];
const orderOf = (group: { kind: GroupKind }) => KIND_ORDER.indexOf(group.kind);
const levelOrder = (level: Level | null) => (level === null ? -1 : LEVELS.indexOf(level));

/** Every additive relation among the groups: a margin equals the sum of the groups it is made of, both ways round. */
function latticeRelations(units: readonly string[], specs: ReadonlyMap<string, GroupSpec>): Relation[] {
  const relations: Relation[] = [];
  const key = groupKey;
  const known = (k: string) => specs.has(k);
  for (const level of LEVELS) {
    for (const unit of units) {
      relations.push({ total: key('unitLevel', unit, level, null), parts: INTERFACE_FUNCTIONS.map((fn) => key('cell', unit, level, fn)) });
    }
    for (const fn of INTERFACE_FUNCTIONS) relations.push({ total: key('levelFunction', null, level, fn), parts: units.map((unit) => key('cell', unit, level, fn)) });
    relations.push({ total: key('level', null, level, null), parts: INTERFACE_FUNCTIONS.map((fn) => key('levelFunction', null, level, fn)) });
    relations.push({ total: key('level', null, level, null), parts: units.map((unit) => key('unitLevel', unit, level, null)) });
  }
  for (const unit of units) relations.push({ total: key('unit', unit, null, null), parts: LEVELS.map((level) => key('unitLevel', unit, level, null)) });
  relations.push({ total: key('total', null, null, null), parts: LEVELS.map((level) => key('level', null, level, null)) });
  relations.push({ total: key('total', null, null, null), parts: units.map((unit) => key('unit', unit, null, null)) });
  return relations.map((relation) => ({ total: relation.total, parts: relation.parts.filter(known) }));
}

/** The group's rows summed over a range of weeks by `groupWeekIndicators` (rows relabelled as one group). */
function summarise(rows: readonly UnitWeekRollupRow[], range: { fromWeek: IsoDate; toWeek: IsoDate }): GroupWeekIndicators {
  const asOne = rows.map((row) => ({ ...row, unit: 'group', level: 'senior' as const, function: 'sales' as const }));
  const [result] = groupWeekIndicators(asOne, range).filter((group) => group.unit === 'group');
  return result ?? emptySummary(range);
}

function emptySummary(range: { fromWeek: IsoDate; toWeek: IsoDate }): GroupWeekIndicators {
  const weeks = weeksBetween(range.fromWeek, range.toWeek).length;
  return {
    unit: 'group',
    level: 'senior',
    function: 'sales',
    groupSize: null,
    weeks,
    outreachPerWeek: 0,
    inboundPerWeek: 0,
    initiationShare: null,
    unansweredOutreachRatio: null,
    unansweredInboundRatio: null,
    outreachResponseHours: null,
    inboundResponseHours: null,
  };
}

function valuesOf(summary: GroupWeekIndicators, size: number): Record<MonitorIndicator, number | null> {
  return {
    outreachPerPerson: summary.outreachPerWeek / size,
    inboundPerPerson: summary.inboundPerWeek / size,
    unansweredOutreachShare: summary.unansweredOutreachRatio,
    unansweredInboundShare: summary.unansweredInboundRatio,
    outreachResponseHours: summary.outreachResponseHours,
    inboundResponseHours: summary.inboundResponseHours,
    initiationShare: summary.initiationShare,
  };
}

function indicatorsOf(rows: readonly UnitWeekRollupRow[], size: number, windows: MonitorWindows): Record<MonitorIndicator, IndicatorValue> {
  const current = valuesOf(summarise(rows, windows.current), size);
  const previous = valuesOf(summarise(rows, windows.previous), size);
  const byWeek = new Map<IsoDate, UnitWeekRollupRow[]>();
  for (const row of rows) {
    const list = byWeek.get(row.weekStart);
    if (list) list.push(row);
    else byWeek.set(row.weekStart, [row]);
  }
  const weekly = windows.trendWeeks.map((week) => valuesOf(summarise(byWeek.get(week) ?? [], { fromWeek: week, toWeek: week }), size));
  const result = {} as Record<MonitorIndicator, IndicatorValue>;
  for (const indicator of MONITOR_INDICATORS) {
    const now = current[indicator];
    const before = previous[indicator];
    result[indicator] = {
      current: now,
      previous: before,
      change: now === null || before === null ? null : now - before,
      direction: directionOf(indicator, now, before),
      trend: weekly.map((values) => values[indicator]),
    };
  }
  return result;
}

/** Better, worse or the same, by the indicator's polarity; null when either value is missing. */
export function directionOf(indicator: MonitorIndicator, current: number | null, previous: number | null): Direction | null {
  if (current === null || previous === null) return null;
  const polarity = INDICATOR_POLARITY[indicator];
  // For a balance, what matters is the distance from an even split.
  const [now, before] = polarity === 'balanced' ? [Math.abs(current - 0.5), Math.abs(previous - 0.5)] : [current, previous];
  const tolerance = SHARES.has(indicator) ? SAME_SHARE : SAME_RELATIVE * Math.abs(before);
  const change = now - before;
  if (Math.abs(change) <= tolerance) return 'same';
  const improved = polarity === 'higher' ? change > 0 : change < 0;
  return improved ? 'better' : 'worse';
}
