/**
 * Support requests between the functions and the promises made on them (`dysfunction.lack_of_collaboration`).
 * Nothing here reads a clock: the status of a request is computed from its facts and the `now` passed in, so an
 * unanswered request becomes "ignored" when its service level runs out without any job writing it.
 */
import { DomainError } from '../common/domain-error';
import { addBusinessDays, endOfDate, startOfDate } from './business-days';

export const SUPPORT_KINDS = ['materials', 'budget', 'field_support', 'data'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** Business days an addressee has to answer before the request counts as ignored. */
export const DEFAULT_RESPONSE_SLA_DAYS = 5;

export const SUPPORT_STATUSES = ['awaiting_response', 'ignored', 'declined', 'promised', 'overdue', 'delivered_on_time', 'delivered_late'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** The facts of a request; everything else is derived. Dates are `YYYY-MM-DD`. */
export interface SupportFacts {
  createdAt: Date;
  neededBy: string;
  decision: 'accepted' | 'declined' | null;
  respondedAt: Date | null;
  promisedDate: string | null;
  declineReason: string | null;
  deliveredAt: Date | null;
}

export type SupportReason = 'already_answered' | 'ignored' | 'not_accepted' | 'already_delivered' | 'reason_required' | 'promised_in_past' | 'delivered_before_answer' | 'delivered_in_future';

export class SupportRequestError extends DomainError<SupportReason> {}

export function responseDeadline(facts: Pick<SupportFacts, 'createdAt'>, slaDays = DEFAULT_RESPONSE_SLA_DAYS): Date {
  return addBusinessDays(facts.createdAt, slaDays);
}

export function supportStatus(facts: SupportFacts, now: Date, slaDays = DEFAULT_RESPONSE_SLA_DAYS): SupportStatus {
  if (facts.decision === 'declined') return 'declined';
  if (facts.decision === 'accepted') {
    const due = endOfDate(facts.promisedDate as string);
    if (facts.deliveredAt) return facts.deliveredAt.getTime() < due.getTime() ? 'delivered_on_time' : 'delivered_late';
    return now.getTime() >= due.getTime() ? 'overdue' : 'promised';
  }
  return now.getTime() >= responseDeadline(facts, slaDays).getTime() ? 'ignored' : 'awaiting_response';
}

/** Whether the request still waits for someone to act (an answer or a delivery). */
export const isOpen = (status: SupportStatus) => status === 'awaiting_response' || status === 'promised' || status === 'overdue';

export type SupportAnswer = { decision: 'accepted'; promisedDate: string } | { decision: 'declined'; reason: string };

/** Checks an answer against the request's state; returns the facts to store. */
export function answer(facts: SupportFacts, input: SupportAnswer, now: Date, slaDays = DEFAULT_RESPONSE_SLA_DAYS): Pick<SupportFacts, 'decision' | 'respondedAt' | 'promisedDate' | 'declineReason'> {
  if (facts.decision !== null) throw new SupportRequestError('already_answered', `This request was already ${facts.decision}; an answer cannot be changed.`, 'CONFLICT');
  if (supportStatus(facts, now, slaDays) === 'ignored') {
    throw new SupportRequestError('ignored', `This request went unanswered for ${slaDays} business days and counts as ignored; ask for a new request instead.`, 'CONFLICT');
  }
  if (input.decision === 'declined') {
    const reason = input.reason.trim();
    if (!reason) throw new SupportRequestError('reason_required', 'Say why you decline: a reason is required.');
    return { decision: 'declined', respondedAt: now, promisedDate: null, declineReason: reason };
  }
  if (startOfDate(input.promisedDate).getTime() < startOfDate(now.toISOString().slice(0, 10)).getTime()) {
    throw new SupportRequestError('promised_in_past', 'A promised date cannot be in the past.');
  }
  return { decision: 'accepted', respondedAt: now, promisedDate: input.promisedDate, declineReason: null };
}

/** Checks a delivery against the request's state; returns when it was delivered. */
export function recordDelivery(facts: SupportFacts, deliveredAt: Date, now: Date): Date {
  if (facts.deliveredAt) throw new SupportRequestError('already_delivered', 'The delivery of this request is already recorded.', 'CONFLICT');
  if (facts.decision !== 'accepted') {
    throw new SupportRequestError('not_accepted', 'Only an accepted request can be delivered: record the answer first.', 'CONFLICT');
  }
  if (deliveredAt.getTime() > now.getTime()) throw new SupportRequestError('delivered_in_future', 'A delivery cannot be recorded in the future.');
  if (facts.respondedAt && deliveredAt.getTime() < facts.respondedAt.getTime()) {
    throw new SupportRequestError('delivered_before_answer', 'A delivery cannot come before the request was accepted.');
  }
  return deliveredAt;
}

export interface TimelineEvent {
  at: string;
  kind: 'asked' | 'accepted' | 'declined' | 'ignored' | 'delivered' | 'promise_due' | 'needed_by';
  text: string;
  /** Computed from the service level or a date, not recorded by anyone. */
  derived: boolean;
}

/** What happened to a request, in order, with the derived moments (ignored, promise due) where they have passed. */
export function timeline(facts: SupportFacts, now: Date, slaDays = DEFAULT_RESPONSE_SLA_DAYS): TimelineEvent[] {
  const events: TimelineEvent[] = [{ at: facts.createdAt.toISOString(), kind: 'asked', text: 'Asked', derived: false }];
  if (facts.respondedAt && facts.decision === 'accepted') {
    events.push({ at: facts.respondedAt.toISOString(), kind: 'accepted', text: `Accepted, promised by ${facts.promisedDate}`, derived: false });
  }
  if (facts.respondedAt && facts.decision === 'declined') {
    events.push({ at: facts.respondedAt.toISOString(), kind: 'declined', text: `Declined: ${facts.declineReason}`, derived: false });
  }
  const status = supportStatus(facts, now, slaDays);
  if (status === 'ignored') {
    events.push({ at: responseDeadline(facts, slaDays).toISOString(), kind: 'ignored', text: `No answer within ${slaDays} business days: ignored`, derived: true });
  }
  if (facts.deliveredAt) {
    events.push({ at: facts.deliveredAt.toISOString(), kind: 'delivered', text: status === 'delivered_on_time' ? 'Delivered on time' : 'Delivered late', derived: false });
  } else if (status === 'overdue') {
    events.push({ at: endOfDate(facts.promisedDate as string).toISOString(), kind: 'promise_due', text: 'Promised date passed without a delivery', derived: true });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
