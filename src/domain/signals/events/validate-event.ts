import { CHANNELS, type Channel } from '../rollup-types';
import type { EventCheck, RawEvent } from './event-types';
import { parseInstant } from './timestamps';

export interface ValidationOptions {
  /** The ingest's clock, passed in: events later than `nowMs + clockSkewMs` are refused as future. */
  nowMs: number;
  clockSkewMs: number;
  /** Finds a person by e-mail (files, API) or id (API); undefined for nobody. */
  resolvePerson(ref: string): string | undefined;
}

/** Five minutes: clocks of mail and CRM systems drift, an event from further ahead is an error. */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60_000;
export const EXTERNAL_ID_MAX_LENGTH = 200;

const channels = new Set<string>(CHANNELS);

const blank = (value: string | null): value is null => value === null || value.trim() === '';

/** Checks one event and normalises it to initiator → recipient; the first failed check is the reason. */
export function validateEvent(raw: RawEvent, options: ValidationOptions): EventCheck {
  if (blank(raw.source) || blank(raw.target) || blank(raw.occurredAt) || blank(raw.channel)) {
    const missing = (['source', 'target', 'occurredAt', 'channel'] as const).filter((key) => blank(raw[key]));
    return { ok: false, reason: 'missing_field', message: `Missing ${missing.join(', ')}.` };
  }
  const channel = raw.channel.trim().toLowerCase();
  if (!channels.has(channel)) {
    return { ok: false, reason: 'bad_channel', message: `Unknown channel "${raw.channel}": use one of ${CHANNELS.join(', ')}.` };
  }
  const initiatedBy = blank(raw.initiatedBy) ? 'source' : raw.initiatedBy.trim().toLowerCase();
  if (initiatedBy !== 'source' && initiatedBy !== 'target') {
    return { ok: false, reason: 'bad_initiated_by', message: `initiated_by must be "source" or "target", not "${raw.initiatedBy}".` };
  }
  const occurredAtMs = parseInstant(raw.occurredAt.trim());
  if (occurredAtMs === null) {
    return { ok: false, reason: 'unparseable_timestamp', message: `occurred_at "${raw.occurredAt}" is not an ISO 8601 time with a zone, e.g. 2026-03-01T09:30:00Z.` };
  }
  const answeredAtMs = blank(raw.answeredAt) ? null : parseInstant(raw.answeredAt.trim());
  if (answeredAtMs === null && !blank(raw.answeredAt)) {
    return { ok: false, reason: 'unparseable_timestamp', message: `answered_at "${raw.answeredAt}" is not an ISO 8601 time with a zone (leave it empty when unanswered).` };
  }
  const latest = options.nowMs + options.clockSkewMs;
  if (occurredAtMs > latest || (answeredAtMs !== null && answeredAtMs > latest)) {
    return { ok: false, reason: 'future_timestamp', message: `The event is dated in the future (${occurredAtMs > latest ? raw.occurredAt : raw.answeredAt}).` };
  }
  if (answeredAtMs !== null && answeredAtMs < occurredAtMs) {
    return { ok: false, reason: 'answered_before_occurred', message: `answered_at ${raw.answeredAt} is before occurred_at ${raw.occurredAt}.` };
  }
  const externalId = blank(raw.externalId) ? null : raw.externalId.trim();
  if (externalId !== null && externalId.length > EXTERNAL_ID_MAX_LENGTH) {
    return { ok: false, reason: 'external_id_too_long', message: `external_id is longer than ${EXTERNAL_ID_MAX_LENGTH} characters.` };
  }
  const sourceRef = raw.source.trim().toLowerCase();
  const targetRef = raw.target.trim().toLowerCase();
  const sourceId = options.resolvePerson(sourceRef);
  if (sourceId === undefined) return unknown(sourceRef);
  const targetId = options.resolvePerson(targetRef);
  if (targetId === undefined) return unknown(targetRef);
  if (sourceId === targetId) return { ok: false, reason: 'self_contact', message: `${raw.source} contacted themself: an event needs two people.` };
  const [initiatorId, recipientId] = initiatedBy === 'source' ? [sourceId, targetId] : [targetId, sourceId];
  return { ok: true, event: { externalId, initiatorId, recipientId, occurredAtMs, answeredAtMs, channel: channel as Channel } };
}

function unknown(ref: string): EventCheck {
  return { ok: false, reason: 'unknown_person', message: `Nobody in the organisation is "${ref}": import them first or fix the line.`, ref };
}
