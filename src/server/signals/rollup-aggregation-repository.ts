import { sql, type SQL } from 'drizzle-orm';
import { bumpRevisionStatement } from './monitor/revision-repository';

/**
 * The one aggregation both rollups come from. Every batch runs it over the events it newly inserted and adds the
 * result; the full rebuild runs it over all of an org's events and reconciles. People's function, level and region
 * are read as they are now. Response seconds are whole seconds per event, so sums are exact and independent of batch
 * boundaries.
 */

/** The key and value columns of both rollup tables (org_id aside). */
export const PAIR_KEY = ['day', 'initiator_id', 'recipient_id'] as const;
export const PAIR_VALUES = ['events', 'answered', 'unanswered', 'response_seconds_sum', 'last_at', 'cross_function'] as const;
export const UNIT_KEY = ['week_start', 'unit', 'level', 'function'] as const;
export const UNIT_VALUES = [
  'initiated', 'outreach', 'outreach_answered', 'outreach_unanswered', 'outreach_response_seconds_sum',
  'inbound', 'inbound_answered', 'inbound_unanswered', 'inbound_response_seconds_sum',
] as const;
const PAIR_COLUMNS = sql.raw([...PAIR_KEY, ...PAIR_VALUES].join(', '));
const UNIT_COLUMNS = sql.raw([...UNIT_KEY, ...UNIT_VALUES].join(', '));

/**
 * Pair-day rows of `events` (a query yielding initiator_id, recipient_id, occurred_at, answered_at): the columns of
 * `signal_pair_days` but org_id, and each side's unit, level and function (i_unit, i_level, i_function, r_…) for
 * unitWeeksOf. Events are grouped first, so only narrow rows meet the people table, and they meet it once.
 */
export function pairDaysOf(orgId: string, events: SQL): SQL {
  return sql`
    select g.initiator_id, g.recipient_id, g.day, g.events, g.answered, g.events - g.answered as unanswered,
      g.response_seconds_sum, g.last_at,
      ((pi.function = 'sales' and pr.function = 'marketing') or (pi.function = 'marketing' and pr.function = 'sales')) as cross_function,
      pi.function as i_function, pi.level as i_level, coalesce(pi.region, '(none)') as i_unit,
      pr.function as r_function, pr.level as r_level, coalesce(pr.region, '(none)') as r_unit
    from (
      select e.initiator_id, e.recipient_id, (e.occurred_at at time zone 'UTC')::date as day, count(*)::int as events,
        count(e.answered_at)::int as answered,
        sum(case when e.answered_at is null then 0::bigint else floor(extract(epoch from e.answered_at - e.occurred_at))::bigint end)::bigint as response_seconds_sum,
        max(e.occurred_at) as last_at
      from (${events}) e group by 3, 1, 2
    ) g
    join people pi on pi.org_id = ${orgId}::uuid and pi.id = g.initiator_id
    join people pr on pr.org_id = ${orgId}::uuid and pr.id = g.recipient_id`;
}

/**
 * Unit-week rows (the columns of `signal_unit_weeks` but org_id) summed from pair-day rows, `pairs` being a relation
 * with pairDaysOf's columns. Exact, because a week is a set of UTC days and a pair's two people fix both sides' unit,
 * level and function: the initiator's side counts every event, the recipient's side the cross-function ones.
 */
export function unitWeeksOf(pairs: SQL): SQL {
  return sql`
    select unit, level, function, week_start, sum(initiated)::int as initiated, sum(outreach)::int as outreach,
      sum(outreach_answered)::int as outreach_answered, sum(outreach_unanswered)::int as outreach_unanswered,
      sum(outreach_seconds)::bigint as outreach_response_seconds_sum, sum(inbound)::int as inbound,
      sum(inbound_answered)::int as inbound_answered, sum(inbound_unanswered)::int as inbound_unanswered,
      sum(inbound_seconds)::bigint as inbound_response_seconds_sum
    from (
      select i_unit as unit, i_level as level, i_function as function, date_trunc('week', day::timestamp)::date as week_start,
        events as initiated,
        case when cross_function then events else 0 end as outreach,
        case when cross_function then answered else 0 end as outreach_answered,
        case when cross_function then unanswered else 0 end as outreach_unanswered,
        case when cross_function then response_seconds_sum else 0 end as outreach_seconds,
        0 as inbound, 0 as inbound_answered, 0 as inbound_unanswered, 0::bigint as inbound_seconds
      from ${pairs}
      union all
      select r_unit, r_level, r_function, date_trunc('week', day::timestamp)::date, 0, 0, 0, 0, 0::bigint,
        events, answered, unanswered, response_seconds_sum
      from ${pairs} where cross_function
    ) sides
    group by unit, level, function, week_start`;
}

/**
 * One statement that adds a batch to both rollups and, when it stored an event, bumps the org's signals revision:
 * `fresh` yields the events the batch newly inserted (a data-modifying query, so it runs once). Answers one row:
 * `counted`, the events that went in.
 */
export function addToRollups(orgId: string, fresh: SQL): SQL {
  return sql`
    with fresh as (${fresh}),
    revision as (${bumpRevisionStatement(orgId, sql`exists (select 1 from fresh)`)}),
    pd as materialized (${pairDaysOf(orgId, sql`select initiator_id, recipient_id, occurred_at, answered_at from fresh`)}),
    pairs as (
      insert into signal_pair_days as t (org_id, ${PAIR_COLUMNS})
      select ${orgId}::uuid, ${PAIR_COLUMNS} from pd
      -- In key order: the index then grows at its edge instead of taking each row at a random page.
      order by day, initiator_id, recipient_id
      on conflict (org_id, day, initiator_id, recipient_id) do update set
        events = t.events + excluded.events,
        answered = t.answered + excluded.answered,
        unanswered = t.unanswered + excluded.unanswered,
        response_seconds_sum = t.response_seconds_sum + excluded.response_seconds_sum,
        last_at = greatest(t.last_at, excluded.last_at),
        cross_function = excluded.cross_function
    ),
    units as (
      insert into signal_unit_weeks as t (org_id, ${UNIT_COLUMNS})
      select ${orgId}::uuid, ${UNIT_COLUMNS} from (${unitWeeksOf(sql`pd`)}) u
      on conflict (org_id, week_start, unit, level, function) do update set
        initiated = t.initiated + excluded.initiated,
        outreach = t.outreach + excluded.outreach,
        outreach_answered = t.outreach_answered + excluded.outreach_answered,
        outreach_unanswered = t.outreach_unanswered + excluded.outreach_unanswered,
        outreach_response_seconds_sum = t.outreach_response_seconds_sum + excluded.outreach_response_seconds_sum,
        inbound = t.inbound + excluded.inbound,
        inbound_answered = t.inbound_answered + excluded.inbound_answered,
        inbound_unanswered = t.inbound_unanswered + excluded.inbound_unanswered,
        inbound_response_seconds_sum = t.inbound_response_seconds_sum + excluded.inbound_response_seconds_sum
    )
    -- The other data-modifying CTEs run to completion whether or not they are read.
    select (select count(*) from fresh)::int as counted`;
}
