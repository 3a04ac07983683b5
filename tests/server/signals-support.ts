import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/create-db';
import { rawRows } from '../../src/server/db/raw';
import { personRecord } from '../support/factories';

/** A small org for signal tests: two sales and two marketing people in two regions, one person without a region. */
export const signalPeople = [
  personRecord({ email: 'sam@acme.example', name: 'Sam Sales', function: 'sales', level: 'frontline', region: 'North' }),
  personRecord({ email: 'sue@acme.example', name: 'Sue Sales', function: 'sales', level: 'middle', region: 'South' }),
  personRecord({ email: 'mia@acme.example', name: 'Mia Marketing', function: 'marketing', level: 'frontline', region: 'North' }),
  personRecord({ email: 'max@acme.example', name: 'Max Marketing', function: 'marketing', level: 'middle', region: null }),
  personRecord({ email: 'olga@acme.example', name: 'Olga Ops', function: 'other', level: 'middle', region: 'North' }),
];

export const NOW = new Date('2026-03-20T12:00:00Z');
export const HEADER = 'source,target,occurred_at,channel,initiated_by,answered_at,external_id';
export const csv = (...lines: string[]) => Readable.from([[HEADER, ...lines].join('\n') + '\n']);

/** Both rollups of an org, every column, in a stable order: for row-for-row comparisons. */
export async function dumpRollups(db: Database, orgId: string) {
  return db.withOrg(orgId, async (tx) => {
    const pairs = await rawRows<Record<string, unknown>>(tx, sql`select initiator_id, recipient_id, day::text, events, answered, unanswered, response_seconds_sum::text, last_at::text, cross_function
      from signal_pair_days where org_id = ${orgId} order by initiator_id, recipient_id, day`);
    const units = await rawRows<Record<string, unknown>>(tx, sql`select unit, level, function, week_start::text, initiated, outreach, outreach_answered, outreach_unanswered,
      outreach_response_seconds_sum::text, inbound, inbound_answered, inbound_unanswered, inbound_response_seconds_sum::text
      from signal_unit_weeks where org_id = ${orgId} order by unit, level, function, week_start`);
    return { pairs, units };
  });
}

export async function countStoredEvents(db: Database, orgId: string): Promise<number> {
  const [row] = await db.withOrg(orgId, (tx) => rawRows<{ n: number }>(tx, sql`select count(*)::int as n from signal_events where org_id = ${orgId}`));
  return row?.n ?? 0;
}

/** Both rollups with people named by e-mail, so two orgs with the same people compare equal. */
export async function dumpRollupsByEmail(db: Database, orgId: string) {
  return db.withOrg(orgId, async (tx) => {
    const pairs = await rawRows<Record<string, unknown>>(tx, sql`select pi.email as initiator, pr.email as recipient, d.day::text, d.events, d.answered, d.unanswered,
        d.response_seconds_sum::text, d.last_at::text, d.cross_function
      from signal_pair_days d join people pi on pi.org_id = d.org_id and pi.id = d.initiator_id join people pr on pr.org_id = d.org_id and pr.id = d.recipient_id
      where d.org_id = ${orgId} order by 1, 2, 3`);
    const units = await rawRows<Record<string, unknown>>(tx, sql`select unit, level, function, week_start::text, initiated, outreach, outreach_answered, outreach_unanswered,
      outreach_response_seconds_sum::text, inbound, inbound_answered, inbound_unanswered, inbound_response_seconds_sum::text
      from signal_unit_weeks where org_id = ${orgId} order by unit, level, function, week_start`);
    return { pairs, units };
  });
}
