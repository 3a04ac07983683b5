/**
 * The outcome side of the propositions, read as anonymous counts per unit (the person's region, `(none)` without
 * one) and function: never a single entry, answer or request. The caller drops units below the reporting minimum.
 */
import { sql } from 'drizzle-orm';
import { NO_UNIT } from '../../../domain/signals/rollup-types';
import { publishedBy } from '../../buyin/pulse-repository';
import type { Tx } from '../../db/create-db';
import { rawRows } from '../../db/raw';

export type Side = 'sales' | 'marketing';
export interface Window {
  since: Date;
  until: Date;
}

export interface JournalUnitCounts {
  unit: string;
  side: Side;
  entries: number;
  authors: number;
  /** Entries carrying each interpretation or response id. */
  tags: Map<string, number>;
}

/** Journal entries written in the window, by the unit of their author's person and the function they wrote as. */
export async function countJournalByUnit(tx: Tx, orgId: string, window: Window): Promise<JournalUnitCounts[]> {
  const rows = await rawRows<{ unit: string | null; side: Side; tag: string | null; entries: number; authors: number }>(
    tx,
    sql`
      with scoped as (
        select e.id, e.author_user_id, e.author_function, p.region, e.interpretation_ids || e.response_ids as tags
        from journal_entries e
        join users u on u.org_id = e.org_id and u.id = e.author_user_id
        join people p on p.org_id = u.org_id and p.id = u.person_id
        where e.org_id = ${orgId} and e.author_function in ('sales', 'marketing')
          and e.created_at >= ${window.since.toISOString()}::timestamptz and e.created_at < ${window.until.toISOString()}::timestamptz
      )
      select region as unit, author_function as side, null as tag, count(*)::int as entries, count(distinct author_user_id)::int as authors
      from scoped group by region, author_function
      union all
      select region, author_function, t.tag, count(distinct s.id)::int, count(distinct author_user_id)::int
      from scoped s cross join lateral unnest(s.tags) as t(tag) group by region, author_function, t.tag`,
  );
  const byKey = new Map<string, JournalUnitCounts>();
  const keyOf = (unit: string, side: Side) => `${unit}\u0000${side}`;
  for (const row of rows.filter((r) => r.tag === null)) {
    const unit = row.unit ?? NO_UNIT;
    byKey.set(keyOf(unit, row.side), { unit, side: row.side, entries: row.entries, authors: row.authors, tags: new Map() });
  }
  for (const row of rows.filter((r) => r.tag !== null)) byKey.get(keyOf(row.unit ?? NO_UNIT, row.side))?.tags.set(row.tag as string, row.entries);
  return [...byKey.values()];
}

export interface PulseUnitCounts {
  unit: string;
  invited: number;
  /** Distinct people invited (the group size for the reporting minimum). */
  people: number;
  answered: number;
}

/** Sales invitations to initiative pulses opened in the window whose results are published, and how many were answered. */
export async function countSalesPulseAnswersByUnit(tx: Tx, orgId: string, window: Window): Promise<PulseUnitCounts[]> {
  const rows = await rawRows<{ unit: string | null; invited: number; people: number; answered: number }>(
    tx,
    sql`
      select i.region as unit, count(*)::int as invited, count(distinct i.person_id)::int as people, count(r.person_id)::int as answered
      from pulses p
      join pulse_invitations i on i.org_id = p.org_id and i.pulse_id = p.id
      left join pulse_responses r on r.org_id = i.org_id and r.pulse_id = i.pulse_id and r.person_id = i.person_id
      where p.org_id = ${orgId} and p.kind = 'initiative' and i.function = 'sales'
        and p.opened_at >= ${window.since.toISOString()}::timestamptz and p.opened_at < ${window.until.toISOString()}::timestamptz
        and ${publishedBy(window.until)}
      group by i.region`,
  );
  return rows.map((row) => ({ ...row, unit: row.unit ?? NO_UNIT }));
}

export interface AskerUnitCounts {
  unit: string;
  side: Side;
  /** People of the side in the unit, and how many of them asked the other function for support in the window. */
  people: number;
  askers: number;
}

/** Per unit and side: people, and those who asked the other function for any support in the window. */
export async function countSupportAskersByUnit(tx: Tx, orgId: string, window: Window): Promise<AskerUnitCounts[]> {
  const rows = await rawRows<{ unit: string | null; side: Side; people: number; askers: number }>(
    tx,
    sql`
      select p.region as unit, p.function as side, count(*)::int as people,
        count(*) filter (where exists (
          select 1 from support_requests s
          where s.org_id = p.org_id and s.requester_person_id = p.id
            and s.addressee_function = case p.function when 'sales' then 'marketing' else 'sales' end
            and s.created_at >= ${window.since.toISOString()}::timestamptz and s.created_at < ${window.until.toISOString()}::timestamptz
        ))::int as askers
      from people p
      where p.org_id = ${orgId} and p.function in ('sales', 'marketing') and p.active
      group by p.region, p.function`,
  );
  return rows.map((row) => ({ ...row, unit: row.unit ?? NO_UNIT }));
}
