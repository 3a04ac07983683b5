import type { Channel } from '../rollup-types';

/** One event as a file line or an API item describes it, before any check: every field is text or absent. */
export interface RawEvent {
  /** The person the record is about (e-mail in files; e-mail or id in the API). */
  source: string | null;
  target: string | null;
  occurredAt: string | null;
  channel: string | null;
  /** `source` (the default) or `target`: which of the two started the exchange. */
  initiatedBy: string | null;
  /** Empty or absent: never answered. */
  answeredAt: string | null;
  externalId: string | null;
}

/** An accepted event, normalised to initiator → recipient, with times in epoch milliseconds. */
export interface NormalisedEvent {
  /** The sender's id, or null when the sender gave none (the server derives one from the content). */
  externalId: string | null;
  initiatorId: string;
  recipientId: string;
  occurredAtMs: number;
  answeredAtMs: number | null;
  channel: Channel;
}

export const REJECTION_REASONS = [
  'malformed_line',
  'missing_field',
  'unknown_person',
  'unparseable_timestamp',
  'future_timestamp',
  'self_contact',
  'answered_before_occurred',
  'bad_channel',
  'bad_initiated_by',
  'external_id_too_long',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Why one line (1-based, counting the header) or API item (1-based) was not accepted. */
export interface EventRejection {
  line: number;
  reason: RejectionReason;
  message: string;
  /** For `unknown_person`: the reference that matched nobody. */
  ref?: string;
}

export type EventCheck = { ok: true; event: NormalisedEvent } | { ok: false; reason: RejectionReason; message: string; ref?: string };
