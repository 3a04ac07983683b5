import { bigint, boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIsolation } from './schema';

/**
 * Interaction signals (PRODUCT.md module 4, docs/signals.md): the append-only raw events and the two rollups that
 * are maintained in the same transaction as each batch, so dashboards never scan raw events.
 * The raw table has no foreign keys, to people or to orgs: ingestion resolves every person before inserting (unknown
 * people are rejected and reported) and runs inside the org's scope, and on PGlite the per-row key check alone cost
 * about a fifth of the ingest rate (bench/signals/ingest-exp2.ts).
 */
// No table here has foreign keys: raw events are checked before insert (see above), the rollups are derived from them
// and rebuilt at will, and on Postgres the per-row key check on org_id made the rollup upserts several times slower.
const orgId = () => uuid('org_id').notNull();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Raw events. The app role may only INSERT and SELECT here (migration 0005 revokes UPDATE, DELETE, TRUNCATE). */
export const signalEvents = pgTable(
  'signal_events',
  {
    orgId: orgId(),
    /** The sender's id, or one derived from the event's content (`h:` + hash): the idempotence key. */
    externalId: text('external_id').notNull(),
    initiatorId: uuid('initiator_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    channel: text('channel', { enum: ['email', 'call', 'meeting', 'chat', 'crm', 'other'] }).notNull(),
    answeredAt: instant('answered_at'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.externalId] }), orgIsolation('signal_events')],
).enableRLS();

/** Per directed pair per UTC day (see src/domain/signals/rollup-types.ts, PairDayRollupRow). */
export const signalPairDays = pgTable(
  'signal_pair_days',
  {
    orgId: orgId(),
    initiatorId: uuid('initiator_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    events: integer('events').notNull(),
    answered: integer('answered').notNull(),
    unanswered: integer('unanswered').notNull(),
    responseSecondsSum: bigint('response_seconds_sum', { mode: 'number' }).notNull(),
    lastAt: instant('last_at').notNull(),
    crossFunction: boolean('cross_function').notNull(),
  },
  // Day second in the key: a live feed's batches touch recent days, so its upserts stay in the index's hot right edge,
  // and date-range reads are key-range scans; no secondary index to maintain per row.
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.initiatorId, t.recipientId] }), orgIsolation('signal_pair_days')],
).enableRLS();

/** Per (unit, level, function) per ISO week, both sides (see rollup-types.ts, UnitWeekRollupRow). */
export const signalUnitWeeks = pgTable(
  'signal_unit_weeks',
  {
    orgId: orgId(),
    unit: text('unit').notNull(),
    level: text('level', { enum: ['senior', 'middle', 'frontline'] }).notNull(),
    function: text('function', { enum: ['sales', 'marketing', 'other'] }).notNull(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    initiated: integer('initiated').notNull(),
    outreach: integer('outreach').notNull(),
    outreachAnswered: integer('outreach_answered').notNull(),
    outreachUnanswered: integer('outreach_unanswered').notNull(),
    outreachResponseSecondsSum: bigint('outreach_response_seconds_sum', { mode: 'number' }).notNull(),
    inbound: integer('inbound').notNull(),
    inboundAnswered: integer('inbound_answered').notNull(),
    inboundUnanswered: integer('inbound_unanswered').notNull(),
    inboundResponseSecondsSum: bigint('inbound_response_seconds_sum', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.weekStart, t.unit, t.level, t.function] }), orgIsolation('signal_unit_weeks')],
).enableRLS();

export const signalsSchema = { signalEvents, signalPairDays, signalUnitWeeks };
