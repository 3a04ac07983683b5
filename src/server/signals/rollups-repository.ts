import { sql, type SQL } from 'drizzle-orm';
import type { Level, PersonFunction } from '../../domain/org/types';
import type { PairDayRollupRow, UnitWeekRollupRow } from '../../domain/signals/rollup-types';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { bumpSignalsRevision } from './monitor/revision-repository';
import { PAIR_KEY, PAIR_VALUES, UNIT_KEY, UNIT_VALUES, pairDaysOf, unitWeeksOf } from './rollup-aggregation-repository';

const allEventsOf = (orgId: string) =>
  sql`select initiator_id, recipient_id, occurred_at, answered_at from signal_events where org_id = ${orgId}::uuid`;

export interface RebuildCounts {
  events: number;
  pairRows: number;
  unitRows: number;
  /** Stored rollup rows the rebuild had to insert, correct or delete: 0 when the rollups were right. */
  corrected: number;
}

/**
 * Recomputes both rollups of an org from all its raw events and makes the stored ones equal to the result in one
 * statement, writing only the rows that differ: rows missing are inserted, rows with other values corrected, rows
 * no event supports deleted. Rollups that were right cost a read; emptied ones are written whole.
 */
export async function rebuildRollups(tx: Tx, orgId: string): Promise<RebuildCounts> {
  // Room to hash and aggregate a large history in memory instead of in temporary files (2M events take about 600 MB;
  // a rare maintenance command, like VACUUM with maintenance_work_mem).
  await tx.execute(sql`set local work_mem = '1GB'`);
  const pairs = reconcile(orgId, { table: 'signal_pair_days', rebuilt: 'rebuilt_pairs', key: PAIR_KEY, values: PAIR_VALUES });
  const units = reconcile(orgId, { table: 'signal_unit_weeks', rebuilt: 'rebuilt_units', key: UNIT_KEY, values: UNIT_VALUES });
  const [row] = await rawRows<{ events: number; pair_rows: number; unit_rows: number; corrected: number }>(tx, sql`
    with rebuilt_pairs as materialized (${pairDaysOf(orgId, allEventsOf(orgId))}),
    rebuilt_units as materialized (${unitWeeksOf(sql`rebuilt_pairs`)}),
    ${pairs.ctes}, ${units.ctes}
    select (select coalesce(sum(events), 0) from rebuilt_pairs)::int as events, (select count(*) from rebuilt_pairs)::int as pair_rows,
      (select count(*) from rebuilt_units)::int as unit_rows, (${pairs.written} + ${units.written})::int as corrected`);
  const counts = { events: row?.events ?? 0, pairRows: row?.pair_rows ?? 0, unitRows: row?.unit_rows ?? 0, corrected: row?.corrected ?? 0 };
  if (counts.corrected > 0) await bumpSignalsRevision(tx, orgId);
  return counts;
}

interface ReconcileTarget {
  table: 'signal_pair_days' | 'signal_unit_weeks';
  /** The CTE holding the rows the table should have (its columns but org_id). */
  rebuilt: string;
  key: readonly string[];
  values: readonly string[];
}

/**
 * CTEs that make the org's rows of `table` equal to `rebuilt`: one full join finds the rows that differ, then a
 * delete, an update and an insert each take their own share of them (disjoint keys, so one statement can hold all
 * three). `written` is an expression counting the rows written.
 */
function reconcile(orgId: string, target: ReconcileTarget): { ctes: SQL; written: SQL } {
  const { table, rebuilt, key, values } = target;
  const name = (suffix: string) => sql.raw(`${table}_${suffix}`);
  const list = (columns: readonly string[], prefix = '') => sql.raw(columns.map((c) => `${prefix}${c}`).join(', '));
  const first = key[0] as string;
  const diff = name('diff');
  const onKey = (a: string, b: string) => sql.raw(key.map((k) => `${a}.${k} = ${b}.${k}`).join(' and '));
  const ctes = sql`
    ${name('stored')} as (select ${list([...key, ...values])} from ${sql.raw(table)} where org_id = ${orgId}::uuid),
    ${diff} as materialized (
      select ${sql.raw(key.map((k) => `coalesce(n.${k}, t.${k}) as ${k}`).join(', '))}, ${list(values, 'n.')},
        t.${sql.raw(first)} is null as missing, n.${sql.raw(first)} is null as extra
      from ${sql.raw(rebuilt)} n full join ${name('stored')} t on ${onKey('n', 't')}
      where t.${sql.raw(first)} is null or n.${sql.raw(first)} is null or (${list(values, 'n.')}) is distinct from (${list(values, 't.')})
    ),
    ${name('deleted')} as (
      delete from ${sql.raw(table)} t using ${diff} d where d.extra and t.org_id = ${orgId}::uuid and ${onKey('t', 'd')} returning 1
    ),
    ${name('updated')} as (
      update ${sql.raw(table)} t set ${sql.raw(values.map((v) => `${v} = d.${v}`).join(', '))} from ${diff} d
      where not d.missing and not d.extra and t.org_id = ${orgId}::uuid and ${onKey('t', 'd')} returning 1
    ),
    ${name('inserted')} as (
      insert into ${sql.raw(table)} (org_id, ${list([...key, ...values])})
      select ${orgId}::uuid, ${list([...key, ...values])} from ${diff} where missing order by ${list(key)} returning 1
    )`;
  const written = sql`(select count(*) from ${name('deleted')}) + (select count(*) from ${name('updated')}) + (select count(*) from ${name('inserted')})`;
  return { ctes, written };
}

export interface PairRollupFilter {
  from: string;
  to: string;
  personId?: string;
  /** Only rows where one of these people took part (a unit's people, for the monitor's drill-down). */
  personIds?: readonly string[];
  limit: number;
}

/** Pair-day rows in [from, to] (UTC days, inclusive), optionally only those a person took part in. */
export async function findPairDays(tx: Tx, orgId: string, filter: PairRollupFilter): Promise<PairDayRollupRow[]> {
  const person = filter.personId
    ? sql`and (initiator_id = ${filter.personId}::uuid or recipient_id = ${filter.personId}::uuid)`
    : sql``;
  const among = filter.personIds
    ? sql`and (initiator_id = any(${sql.param([...filter.personIds])}::uuid[]) or recipient_id = any(${sql.param([...filter.personIds])}::uuid[]))`
    : sql``;
  const rows = await rawRows<Record<string, unknown>>(tx, sql`
    select initiator_id, recipient_id, day::text as day, events, answered, unanswered, response_seconds_sum::float8 as response_seconds_sum,
      last_at, cross_function
    from signal_pair_days
    where org_id = ${orgId}::uuid and day between ${filter.from}::date and ${filter.to}::date ${person} ${among}
    order by day, initiator_id, recipient_id
    limit ${filter.limit}`);
  return rows.map(toPairDayRow);
}

/** A row of `signal_pair_days` (or a sum of them, with the same column names) as the domain's PairDayRollupRow. */
export const toPairDayRow = (r: Record<string, unknown>): PairDayRollupRow => ({
  initiatorId: r.initiator_id as string,
  recipientId: r.recipient_id as string,
  day: r.day as string,
  events: Number(r.events),
  answered: Number(r.answered),
  unanswered: Number(r.unanswered),
  responseSecondsSum: Number(r.response_seconds_sum),
  lastAt: new Date(r.last_at as string | Date),
  crossFunction: r.cross_function as boolean,
});

export interface UnitRollupFilter {
  from: string;
  to: string;
  level?: Level;
  function?: PersonFunction;
  unit?: string;
}

/** Unit-week rows whose week starts in [from, to], optionally narrowed by level, function and unit. */
export async function findUnitWeeks(tx: Tx, orgId: string, filter: UnitRollupFilter): Promise<UnitWeekRollupRow[]> {
  const rows = await rawRows<Record<string, unknown>>(tx, sql`
    select unit, level, function, week_start::text as week_start, initiated, outreach, outreach_answered, outreach_unanswered,
      outreach_response_seconds_sum::float8 as outreach_seconds, inbound, inbound_answered, inbound_unanswered,
      inbound_response_seconds_sum::float8 as inbound_seconds
    from signal_unit_weeks
    where org_id = ${orgId}::uuid and week_start between ${filter.from}::date and ${filter.to}::date
      ${filter.level ? sql`and level = ${filter.level}` : sql``}
      ${filter.function ? sql`and function = ${filter.function}` : sql``}
      ${filter.unit ? sql`and unit = ${filter.unit}` : sql``}
    order by week_start, unit, level, function`);
  return rows.map((r) => ({
    unit: r.unit as string,
    level: r.level as Level,
    function: r.function as PersonFunction,
    weekStart: r.week_start as string,
    initiated: Number(r.initiated),
    outreach: Number(r.outreach),
    outreachAnswered: Number(r.outreach_answered),
    outreachUnanswered: Number(r.outreach_unanswered),
    outreachResponseSecondsSum: Number(r.outreach_seconds),
    inbound: Number(r.inbound),
    inboundAnswered: Number(r.inbound_answered),
    inboundUnanswered: Number(r.inbound_unanswered),
    inboundResponseSecondsSum: Number(r.inbound_seconds),
  }));
}
