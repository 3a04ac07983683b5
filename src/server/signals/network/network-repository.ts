import { sql } from 'drizzle-orm';
import type { PairDayRollupRow } from '../../../domain/signals/rollup-types';
import type { Tx } from '../../db/create-db';
import { rawRows } from '../../db/raw';
import { toPairDayRow } from '../rollups-repository';

/**
 * The pair-day rollup over the days (afterDay, lastDay], summed per directed pair: one row per initiator → recipient
 * with `day` = the pair's latest day in the window. `tiesFromPairDays` only sums events and answered per direction and
 * takes the latest `lastAt`, so it makes the same ties from these rows as from the day rows (a test checks it), while
 * a year of history for thousands of people stays one row per pair instead of one per pair and day.
 */
export async function pairTotalsInWindow(tx: Tx, orgId: string, window: { afterDay: string; lastDay: string }): Promise<PairDayRollupRow[]> {
  const rows = await rawRows<Record<string, unknown>>(tx, sql`
    select initiator_id, recipient_id, max(day)::text as day, sum(events)::float8 as events, sum(answered)::float8 as answered,
      sum(unanswered)::float8 as unanswered, sum(response_seconds_sum)::float8 as response_seconds_sum, max(last_at) as last_at,
      bool_or(cross_function) as cross_function
    from signal_pair_days
    where org_id = ${orgId}::uuid and day > ${window.afterDay}::date and day <= ${window.lastDay}::date
    group by initiator_id, recipient_id
    order by initiator_id, recipient_id`);
  return rows.map(toPairDayRow);
}
