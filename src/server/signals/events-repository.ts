import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import type { KeyedEvent } from './event-stream';
import { addToRollups } from './rollup-aggregation-repository';

/**
 * A batch of checked events in the form its driver takes: COPY text for Postgres, column arrays for PGlite (see
 * insertEventBatch). Built apart from the insert, so ingest can build the next batch's while the database writes this one.
 */
export type PreparedEvents =
  | { via: 'copy'; count: number; text: string }
  | { via: 'unnest'; count: number; columns: ReturnType<typeof columnsOf> };

export function prepareEvents(kind: Database['kind'], events: readonly KeyedEvent[]): PreparedEvents {
  return kind === 'postgres' ? { via: 'copy', count: events.length, text: copyText(events) } : { via: 'unnest', count: events.length, columns: columnsOf(events) };
}

/**
 * Inserts a prepared batch and adds the newly inserted events to both rollups, in one statement inside the caller's
 * transaction. Events whose (org, external id) is already stored — or repeated within the batch — are skipped by
 * ON CONFLICT DO NOTHING and never reach the rollups. Returns how many were new.
 * On Postgres the batch travels by COPY (pg-copy-streams) into a temporary staging table, since COPY cannot target a
 * table with row-level security. On PGlite it travels as six arrays that unnest turns back into rows: PGlite's COPY
 * from a blob is about 20 % faster, but needs a role allowed to read server files, which the app role must not be.
 * Instants travel as epoch milliseconds (exact through float8: to_timestamp keeps whole microseconds).
 */
export async function insertEventBatch(tx: Tx, orgId: string, batch: PreparedEvents): Promise<number> {
  if (batch.count === 0) return 0;
  const staged = batch.via === 'copy' ? await stageByCopy(tx, batch.text) : unnestSource(batch.columns);
  const fresh = sql`
    insert into signal_events (org_id, external_id, initiator_id, recipient_id, occurred_at, channel, answered_at)
    select ${orgId}::uuid, s.external_id, s.initiator_id, s.recipient_id, to_timestamp(s.occurred_ms / 1000), s.channel,
      to_timestamp(s.answered_ms / 1000)
    from (${staged}) s
    on conflict (org_id, external_id) do nothing
    returning initiator_id, recipient_id, occurred_at, answered_at`;
  const [row] = await rawRows<{ counted: number }>(tx, addToRollups(orgId, fresh));
  return row?.counted ?? 0;
}

function columnsOf(events: readonly KeyedEvent[]) {
  const n = events.length;
  const columns = {
    externalIds: new Array<string>(n),
    initiators: new Array<string>(n),
    recipients: new Array<string>(n),
    occurred: new Array<number>(n),
    channels: new Array<string>(n),
    answered: new Array<number | null>(n),
  };
  for (let i = 0; i < n; i++) {
    const e = events[i] as KeyedEvent;
    columns.externalIds[i] = e.externalId;
    columns.initiators[i] = e.initiatorId;
    columns.recipients[i] = e.recipientId;
    columns.occurred[i] = e.occurredAtMs;
    columns.channels[i] = e.channel;
    columns.answered[i] = e.answeredAtMs;
  }
  return columns;
}

function unnestSource(c: ReturnType<typeof columnsOf>) {
  return sql`select * from unnest(
    ${sql.param(c.externalIds)}::text[], ${sql.param(c.initiators)}::uuid[], ${sql.param(c.recipients)}::uuid[],
    ${sql.param(c.occurred)}::float8[], ${sql.param(c.channels)}::text[], ${sql.param(c.answered)}::float8[]
  ) as u(external_id, initiator_id, recipient_id, occurred_ms, channel, answered_ms)`;
}

async function stageByCopy(tx: Tx, text: string) {
  // One round trip (no parameters: the simple protocol takes both statements); emptied at each commit, and here for
  // the next batch of a one-transaction (abort mode) ingest.
  await tx.execute(sql`create temporary table if not exists signal_staging (
    external_id text, initiator_id uuid, recipient_id uuid, occurred_ms float8, channel text, answered_ms float8
  ) on commit delete rows; truncate signal_staging`);
  await pipeline(Readable.from([text]), clientOf(tx).query(copyFrom('copy signal_staging from stdin')));
  return sql`select external_id, initiator_id, recipient_id, occurred_ms, channel, answered_ms from signal_staging`;
}

/** The connection under a node-postgres transaction: drizzle keeps it as the session's client. */
function clientOf(tx: Tx): PoolClient {
  return (tx as unknown as { session: { client: PoolClient } }).session.client;
}

// Text-format COPY escapes: only external ids are free text; the rest are uuids, numbers and channel names.
const needsEscape = /[\\\t\n\r]/;
const escapeCopy = (value: string) => (needsEscape.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string) : value);

function copyText(events: readonly KeyedEvent[]): string {
  let text = '';
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as KeyedEvent;
    text += `${escapeCopy(e.externalId)}\t${e.initiatorId}\t${e.recipientId}\t${e.occurredAtMs}\t${e.channel}\t${e.answeredAtMs === null ? '\\N' : e.answeredAtMs}\n`;
  }
  return text;
}

/** Every person of the org by lower-cased e-mail and by id, for resolving the people an event names. */
export async function peopleRefs(tx: Tx, orgId: string): Promise<Array<{ id: string; email: string }>> {
  return rawRows<{ id: string; email: string }>(tx, sql`select id, lower(email) as email from people where org_id = ${orgId}::uuid`);
}

export async function countEvents(tx: Tx, orgId: string): Promise<number> {
  const [row] = await rawRows<{ n: number }>(tx, sql`select count(*)::int as n from signal_events where org_id = ${orgId}::uuid`);
  return row?.n ?? 0;
}
