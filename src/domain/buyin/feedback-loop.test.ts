import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLoops, loopStatus } from './feedback-loop';

const monday = new Date('2026-01-05T09:00:00Z');

describe('the closed feedback loop', () => {
  it('is due five business days after it was asked', () => {
    const loop = loopStatus({ createdAt: new Date('2026-01-08T09:00:00Z'), respondedAt: null }, new Date('2026-01-09T09:00:00Z'));
    expect(loop).toMatchObject({ status: 'open', ageBusinessDays: 1, overdue: false });
    expect(loop.dueAt.toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });

  it('turns overdue just after the due time, not at it', () => {
    expect(loopStatus({ createdAt: monday, respondedAt: null }, new Date('2026-01-12T09:00:00Z')).overdue).toBe(false);
    expect(loopStatus({ createdAt: monday, respondedAt: null }, new Date('2026-01-12T09:00:01Z'))).toMatchObject({ overdue: true, ageBusinessDays: 5 });
  });

  it('takes the service level as an argument', () => {
    expect(loopStatus({ createdAt: monday, respondedAt: null }, new Date('2026-01-07T10:00:00Z'), 2).overdue).toBe(true);
  });

  it('measures a closed loop up to its answer and never calls it overdue', () => {
    const loop = loopStatus({ createdAt: monday, respondedAt: new Date('2026-01-20T09:00:00Z') }, new Date('2026-03-01T00:00:00Z'));
    expect(loop).toMatchObject({ status: 'closed', ageBusinessDays: 11, overdue: false });
  });

  it('counts open and overdue loops', () => {
    const now = new Date('2026-01-20T09:00:00Z');
    const items = [
      { createdAt: monday, respondedAt: null },
      { createdAt: new Date('2026-01-19T09:00:00Z'), respondedAt: null },
      { createdAt: monday, respondedAt: new Date('2026-01-06T09:00:00Z') },
    ];
    expect(countLoops(items, now)).toEqual({ open: 2, overdue: 1 });
  });

  it('never has overdue loops that are not open, and ages them without going negative', () => {
    const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.option(fc.integer({ min: 0, max: 10_000_000_000 })), fc.integer({ min: 0, max: 10_000_000_000 }), (createdAt, answeredAfter, nowAfter) => {
        const respondedAt = answeredAfter === null ? null : new Date(createdAt.getTime() + answeredAfter);
        const loop = loopStatus({ createdAt, respondedAt }, new Date(createdAt.getTime() + nowAfter));
        return loop.ageBusinessDays >= 0 && (!loop.overdue || loop.status === 'open');
      }),
    );
  });
});
