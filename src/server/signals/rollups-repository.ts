import { sql, type SQL } from 'drizzle-orm';
import type { Level, PersonFunction } from '../../domain/org/types';
import type { PairDayRollupRow, UnitWeekRollupRow } from '../../domain/signals/rollup-types';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { bumpSignalsRevision } from './monitor/revision-repository';

/**
 * The one aggregation both rollups come from, used by every batch (over the events it newly inserted) and by the full
 * rebuild (over all of an org's events), so the two cannot drift apart. `fresh` is a query yielding
 * (initiator_id, recipient_id, occurred_at, answered_at); people's function, level and region are read as they are
 * now. Response seconds are whole seconds per event, so sums are exact and independent of batch boundaries.
 * The statement answers one row: `counted`, the number of events that went into the rollups.
 */
export function rollUp(orgId: string, fresh: SQL, into: 'add' | 'empty' = 'add'): SQL {
  // A rebuild writes into emptied tables: plain inserts, no conflict to look for.
  const merge = (clause: SQL) => (into === 'add' ? clause : sql``);
  return sql`
    with fresh as (${fresh}),
    ev as materialized (
      select f.initiator_id, f.recipient_id, f.occurred_at, f.answered_at,
        (f.occurred_at at time zone 'UTC')::date as day,
        date_trunc('week', f.occurred_at at time zone 'UTC')::date as week_start,
        case when f.answered_at is null then 0::bigint else floor(extract(epoch from f.answered_at - f.occurred_at))::bigint end as response_seconds,
        pi.function as i_function, pi.level as i_level, coalesce(pi.region, '(none)') as i_unit,
        pr.function as r_function, pr.level as r_level, coalesce(pr.region, '(none)') as r_unit,
        ((pi.function = 'sales' and pr.function = 'marketing') or (pi.function = 'marketing' and pr.function = 'sales')) as cross_function
      from fresh f
      join people pi on pi.org_id = ${orgId}::uuid and pi.id = f.initiator_id
      join people pr on pr.org_id = ${orgId}::uuid and pr.id = f.recipient_id
    ),
    pairs as (
      insert into signal_pair_days as t (org_id, initiator_id, recipient_id, day, events, answered, unanswered, response_seconds_sum, last_at, cross_function)
      select ${orgId}::uuid, initiator_id, recipient_id, day, count(*), count(answered_at), count(*) - count(answered_at),
        sum(response_seconds), max(occurred_at), bool_or(cross_function)
      from ev group by day, initiator_id, recipient_id
      -- In key order: the index then grows at its edge instead of taking each row at a random page.
      order by day, initiator_id, recipient_id
      ${merge(sql`on conflict (org_id, day, initiator_id, recipient_id) do update set
        events = t.events + excluded.events,
        answered = t.answered + excluded.answered,
        unanswered = t.unanswered + excluded.unanswered,
        response_seconds_sum = t.response_seconds_sum + excluded.response_seconds_sum,
        last_at = greatest(t.last_at, excluded.last_at),
        cross_function = excluded.cross_function`)}
      returning 1
    ),
    sides as (
      select i_unit as unit, i_level as level, i_function as function, week_start,
        1 as initiated,
        cross_function::int as outreach,
        (cross_function and answered_at is not null)::int as outreach_answered,
        (cross_function and answered_at is null)::int as outreach_unanswered,
        case when cross_function then response_seconds else 0 end as outreach_seconds,
        0 as inbound, 0 as inbound_answered, 0 as inbound_unanswered, 0::bigint as inbound_seconds
      from ev
      union all
      select r_unit, r_level, r_function, week_start, 0, 0, 0, 0, 0::bigint,
        1, (answered_at is not null)::int, (answered_at is null)::int, response_seconds
      from ev where cross_function
    ),
    units as (
      insert into signal_unit_weeks as t (org_id, unit, level, function, week_start, initiated, outreach, outreach_answered,
        outreach_unanswered, outreach_response_seconds_sum, inbound, inbound_answered, inbound_unanswered, inbound_response_seconds_sum)
      select ${orgId}::uuid, unit, level, function, week_start, sum(initiated), sum(outreach), sum(outreach_answered),
        sum(outreach_unanswered), sum(outreach_seconds), sum(inbound), sum(inbound_answered), sum(inbound_unanswered), sum(inbound_seconds)
      from sides group by unit, level, function, week_start
      ${merge(sql`on conflict (org_id, week_start, unit, level, function) do update set
        initiated = t.initiated + excluded.initiated,
        outreach = t.outreach + excluded.outreach,
        outreach_answered = t.outreach_answered + excluded.outreach_answered,
        outreach_unanswered = t.outreach_unanswered + excluded.outreach_unanswered,
        outreach_response_seconds_sum = t.outreach_response_seconds_sum + excluded.outreach_response_seconds_sum,
        inbound = t.inbound + excluded.inbound,
        inbound_answered = t.inbound_answered + excluded.inbound_answered,
        inbound_unanswered = t.inbound_unanswered + excluded.inbound_unanswered,
        inbound_response_seconds_sum = t.inbound_response_seconds_sum + excluded.inbound_response_seconds_sum`)}
      returning 1
    )
    select (select count(*) from fresh)::int as counted, (select count(*) from pairs)::int as pair_rows, (select count(*) from units)::int as unit_rows`;
}

const allEventsOf = (orgId: string) =>
  sql`select initiator_id, recipient_id, occurred_at, answered_at from signal_events where org_id = ${orgId}::uuid`;

/** Replaces both rollups of an org with the aggregation of all its raw events; returns the events counted. */
export async function rebuildRollups(tx: Tx, orgId: string): Promise<{ events: number; pairRows: number; unitRows: number }> {
  await tx.execute(sql`delete from signal_pair_days where org_id = ${orgId}::uuid`);
  await tx.execute(sql`delete from signal_unit_weeks where org_id = ${orgId}::uuid`);
  // Room to sort and aggregate a large history in memory instead of in temporary files.
  await tx.execute(sql`set local work_mem = '256MB'`);
  const [row] = await rawRows<{ counted: number; pair_rows: number; unit_rows: number }>(tx, rollUp(orgId, allEventsOf(orgId), 'empty'));
  await bumpSignalsRevision(tx, orgId);
  return { events: row?.counted ?? 0, pairRows: row?.pair_rows ?? 0, unitRows: row?.unit_rows ?? 0 };
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
