import { z } from 'zod';
import { REJECTION_REASONS } from '../domain/signals/events/event-types';
import { CHANNELS } from '../domain/signals/rollup-types';
import { limits } from './limits';
import { id, level, personFunction } from './org';

/** One event of POST /api/events/batch: people by e-mail or id; times ISO 8601 with a zone. */
export const eventInput = z.object({
  source: z.string().max(limits.emailMaxLength),
  target: z.string().max(limits.emailMaxLength),
  occurredAt: z.string().max(64),
  channel: z.string().max(32).describe(`One of ${CHANNELS.join(', ')}`),
  initiatedBy: z.enum(['source', 'target']).optional(),
  answeredAt: z.string().max(64).nullable().optional(),
  externalId: z.string().max(200).nullable().optional(),
});
export type EventInput = z.infer<typeof eventInput>;

export const eventBatchInput = z.array(eventInput).min(1).max(limits.eventBatchMax);
export const onErrorMode = z.enum(['abort', 'skip']);
export type OnErrorMode = z.infer<typeof onErrorMode>;
export const eventBatchQuery = z.object({ onError: onErrorMode.default('abort') });

export const eventRejection = z.object({ line: z.number().int(), reason: z.enum(REJECTION_REASONS), message: z.string() });

/** What an ingest did: the same counts from the CLI and the API. */
export const ingestReport = z.object({
  onError: onErrorMode,
  /** True when the accepted events are stored; false when abort mode refused the whole input. */
  committed: z.boolean(),
  /** Lines read (files, header included) or items received (API). */
  lines: z.number().int(),
  /** Events that passed every check. */
  valid: z.number().int(),
  /** Newly stored events (0 when nothing was committed). */
  accepted: z.number().int(),
  /** Valid events already stored, or repeated in the input: counted once. */
  duplicates: z.number().int(),
  rejected: z.number().int(),
  /** The first rejections, by line (or item) number. */
  rejections: z.array(eventRejection),
  unknownPeople: z.object({ count: z.number().int(), first: z.array(z.object({ line: z.number().int(), ref: z.string() })) }),
});
export type IngestReport = z.infer<typeof ingestReport>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-01.');

export const pairRollupQuery = z.object({ from: isoDate, to: isoDate, personId: id.optional() });
export const unitRollupQuery = z.object({ from: isoDate, to: isoDate, level: level.optional(), function: personFunction.optional(), unit: z.string().max(200).optional() });

export const pairDayRow = z.object({
  initiatorId: z.string(),
  recipientId: z.string(),
  day: z.string(),
  events: z.number().int(),
  answered: z.number().int(),
  unanswered: z.number().int(),
  responseSecondsSum: z.number(),
  lastAt: z.string(),
  crossFunction: z.boolean(),
});
export const pairRollupList = z.object({ items: z.array(pairDayRow), truncated: z.boolean() });

export const unitWeekRow = z.object({
  unit: z.string(),
  level,
  function: personFunction,
  weekStart: z.string(),
  initiated: z.number().int(),
  outreach: z.number().int(),
  outreachAnswered: z.number().int(),
  outreachUnanswered: z.number().int(),
  outreachResponseSecondsSum: z.number(),
  inbound: z.number().int(),
  inboundAnswered: z.number().int(),
  inboundUnanswered: z.number().int(),
  inboundResponseSecondsSum: z.number(),
});
export const unitRollupList = z.object({ items: z.array(unitWeekRow) });

export const rebuildReport = z.object({ events: z.number().int(), pairRows: z.number().int(), unitRows: z.number().int(), corrected: z.number().int(), seconds: z.number() });
