import { describe, expect, it } from 'vitest';
import { answer, recordDelivery, supportStatus, timeline, type SupportFacts } from './support-requests';

// Wednesday 4 March 2026, 10:00 UTC.
const asked: SupportFacts = {
  createdAt: new Date('2026-03-04T10:00:00Z'),
  neededBy: '2026-03-20',
  decision: null,
  respondedAt: null,
  promisedDate: null,
  declineReason: null,
  deliveredAt: null,
};
const at = (iso: string) => new Date(iso);

describe('support request status', () => {
  it('awaits an answer for five business days, then counts as ignored without anything being written', () => {
    expect(supportStatus(asked, at('2026-03-11T09:59:59Z'))).toBe('awaiting_response');
    expect(supportStatus(asked, at('2026-03-11T10:00:00Z'))).toBe('ignored');
  });

  it('honours a different service level', () => {
    expect(supportStatus(asked, at('2026-03-06T10:00:00Z'), 2)).toBe('ignored');
    expect(supportStatus(asked, at('2026-03-06T10:00:00Z'), 3)).toBe('awaiting_response');
  });

  it('is promised until the promised date ends, then overdue', () => {
    const accepted = { ...asked, ...answer(asked, { decision: 'accepted', promisedDate: '2026-03-13' }, at('2026-03-05T08:00:00Z')) };
    expect(supportStatus(accepted, at('2026-03-13T23:59:59Z'))).toBe('promised');
    expect(supportStatus(accepted, at('2026-03-14T00:00:00Z'))).toBe('overdue');
  });

  it('computes on time or late from the promised date and the delivery time', () => {
    const accepted = { ...asked, ...answer(asked, { decision: 'accepted', promisedDate: '2026-03-13' }, at('2026-03-05T08:00:00Z')) };
    const onTime = { ...accepted, deliveredAt: recordDelivery(accepted, at('2026-03-13T18:00:00Z'), at('2026-03-20T00:00:00Z')) };
    const late = { ...accepted, deliveredAt: recordDelivery(accepted, at('2026-03-16T09:00:00Z'), at('2026-03-20T00:00:00Z')) };
    expect(supportStatus(onTime, at('2026-04-01T00:00:00Z'))).toBe('delivered_on_time');
    expect(supportStatus(late, at('2026-04-01T00:00:00Z'))).toBe('delivered_late');
  });

  it('keeps a declined request declined, with its reason', () => {
    const declined = { ...asked, ...answer(asked, { decision: 'declined', reason: '  No budget left this quarter ' }, at('2026-03-05T08:00:00Z')) };
    expect(declined.declineReason).toBe('No budget left this quarter');
    expect(supportStatus(declined, at('2027-01-01T00:00:00Z'))).toBe('declined');
  });
});

describe('support request transitions refuse what cannot happen', () => {
  const now = at('2026-03-05T08:00:00Z');
  it('refuses to decline without a reason', () => {
    expect(() => answer(asked, { decision: 'declined', reason: '   ' }, now)).toThrow(expect.objectContaining({ reason: 'reason_required', code: 'INVALID_INPUT' }));
  });

  it('refuses a second answer', () => {
    const accepted = { ...asked, ...answer(asked, { decision: 'accepted', promisedDate: '2026-03-13' }, now) };
    expect(() => answer(accepted, { decision: 'declined', reason: 'changed my mind' }, now)).toThrow(expect.objectContaining({ reason: 'already_answered', code: 'CONFLICT' }));
  });

  it('refuses an answer once the request counts as ignored', () => {
    expect(() => answer(asked, { decision: 'accepted', promisedDate: '2026-04-01' }, at('2026-03-12T00:00:00Z'))).toThrow(expect.objectContaining({ reason: 'ignored' }));
  });

  it('refuses a promised date in the past', () => {
    expect(() => answer(asked, { decision: 'accepted', promisedDate: '2026-03-04' }, now)).toThrow(expect.objectContaining({ reason: 'promised_in_past' }));
  });

  it('refuses a delivery before acceptance, a second delivery, and a delivery in the future', () => {
    expect(() => recordDelivery(asked, now, now)).toThrow(expect.objectContaining({ reason: 'not_accepted', code: 'CONFLICT' }));
    const accepted = { ...asked, ...answer(asked, { decision: 'accepted', promisedDate: '2026-03-13' }, now) };
    expect(() => recordDelivery(accepted, at('2026-03-06T00:00:00Z'), now)).toThrow(expect.objectContaining({ reason: 'delivered_in_future' }));
    expect(() => recordDelivery(accepted, at('2026-03-05T07:00:00Z'), now)).toThrow(expect.objectContaining({ reason: 'delivered_before_answer' }));
    const delivered = { ...accepted, deliveredAt: now };
    expect(() => recordDelivery(delivered, now, now)).toThrow(expect.objectContaining({ reason: 'already_delivered', code: 'CONFLICT' }));
  });
});

describe('support request timeline', () => {
  it('lists what happened in order, with the derived moment a request became ignored', () => {
    const events = timeline(asked, at('2026-04-01T00:00:00Z'));
    expect(events.map((e) => [e.kind, e.derived])).toEqual([
      ['asked', false],
      ['ignored', true],
    ]);
    expect(events[1]?.at).toBe('2026-03-11T10:00:00.000Z');
  });

  it('shows the promise coming due when nothing was delivered', () => {
    const accepted = { ...asked, ...answer(asked, { decision: 'accepted', promisedDate: '2026-03-13' }, at('2026-03-05T08:00:00Z')) };
    expect(timeline(accepted, at('2026-04-01T00:00:00Z')).map((e) => e.kind)).toEqual(['asked', 'accepted', 'promise_due']);
  });
});
