import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import type { KeyedEvent } from './event-stream';
import { bumpSignalsRevision } from './monitor/revision-repository';
import { addToRollups } from './rollup-aggregation-repository';

const MS = (ms: number) => new Date(ms).toISOString();

/**
 * Inserts a batch of checked events and adds the newly inserted ones to both rollups, in one statement inside the
 * caller's transaction. Events whose (org, external id) is already stored — or repeated within the batch — are
 * skipped by ON CONFLICT DO NOTHING and never reach the rollups. Returns how many were new.
 * On Postgres the batch travels by COPY (pg-copy-streams) into a temporary staging table, since COPY cannot target a
 * table with row-level security. On PGlite it travels as six arrays that unnest turns back into rows: PGlite's COPY
 * from a blob is about 20 % faster, but needs a role allowed to read server files, which the app role must not be.
 */
export async function insertEventBatch(tx: Tx, kind: Database['kind'], orgId: string, events: readonly KeyedEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const staged = kind === 'postgres' ? await stageByCopy(tx, events) : unnestSource(events);
  const fresh = sql`
    insert into signal_events (org_id, external_id, initiator_id, recipient_id, occurred_at, channel, answered_at)
    select ${orgId}::uuid, s.external_id, s.initiator_id, s.recipient_id, s.occurred_at, s.channel, s.answered_at from (${staged}) s
    on conflict (org_id, external_id) do nothing
    returning initiator_id, recipient_id, occurred_at, answered_at`;
  const [row] = await rawRows<{ counted: number }>(tx, addToRollups(orgId, fresh));
  if (kind === 'postgres') await tx.execute(sql`truncate signal_staging`);
  if ((row?.counted ?? 0) > 0) await bumpSignalsRevision(tx, orgId);
  return row?.counted ?? 0;
}

function unnestSource(events: readonly KeyedEvent[]) {
  const column = <T>(pick: (e: KeyedEvent) => T) => sql.param(events.map(pick));
  return sql`select * from unnest(
    ${column((e) => e.externalId)}::text[], ${column((e) => e.initiatorId)}::uuid[], ${column((e) => e.recipientId)}::uuid[],
    ${column((e) => MS(e.occurredAtMs))}::timestamptz[], ${column((e) => e.channel)}::text[],
    ${column((e) => (e.answeredAtMs === null ? null : MS(e.answeredAtMs)))}::timestamptz[]
  ) as u(external_id, initiator_id, recipient_id, occurred_at, channel, answered_at)`;
}

async function stageByCopy(tx: Tx, events: readonly KeyedEvent[]) {
  await tx.execute(sql`create temporary table if not exists signal_staging (
    external_id text, initiator_id uuid, recipient_id uuid, occurred_at timestamptz, channel text, answered_at timestamptz
  ) on commit delete rows`);
  await pipeline(Readable.from([copyText(events)]), clientOf(tx).query(copyFrom('copy signal_staging from stdin')));
  return sql`select external_id, initiator_id, recipient_id, occurred_at, channel, answered_at from signal_staging`;
}

/** The connection under a node-postgres transaction: drizzle keeps it as the session's client. */
function clientOf(tx: Tx): PoolClient {
  return (tx as unknown as { session: { client: PoolClient } }).session.client;
}

// Text-format COPY escapes: only external ids are free text; the rest are uuids, ISO instants and channel names.
const needsEscape = /[\\\t\n\r]/;
const escapeCopy = (value: string) => (needsEscape.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string) : value);

function copyText(events: readonly KeyedEvent[]): string {
  const lines: string[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as KeyedEvent;
    lines[i] = `${escapeCopy(e.externalId)}\t${e.initiatorId}\t${e.recipientId}\t${MS(e.occurredAtMs)}\t${e.channel}\t${e.answeredAtMs === null ? '\\N' : MS(e.answeredAtMs)}\n`;
  }
  return lines.join('');
}

/** Every person of the org by lower-cased e-mail and by id, for resolving the people an event names. */
export async function peopleRefs(tx: Tx, orgId: string): Promise<Array<{ id: string; email: string }>> {
  return rawRows<{ id: string; email: string }>(tx, sql`select id, lower(email) as email from people where org_id = ${orgId}::uuid`);
}

export async function countEvents(tx: Tx, orgId: string): Promise<number> {
  const [row] = await rawRows<{ n: number }>(tx, sql`select count(*)::int as n from signal_events where org_id = ${orgId}::uuid`);
  return row?.n ?? 0;
}
