import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, endOfDate } from './business-days';

describe('business days', () => {
  it('skips the weekend: five business days after a Wednesday is the next Wednesday', () => {
    expect(addBusinessDays(new Date('2026-03-04T10:00:00Z'), 5).toISOString()).toBe('2026-03-11T10:00:00.000Z');
  });

  it('counts from Friday over the weekend to the next Friday', () => {
    expect(addBusinessDays(new Date('2026-03-06T16:30:00Z'), 5).toISOString()).toBe('2026-03-13T16:30:00.000Z');
  });

  it('starts a request made on a Saturday from Monday morning', () => {
    expect(addBusinessDays(new Date('2026-03-07T12:00:00Z'), 1).toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });

  it('counts whole business days between two moments', () => {
    expect(businessDaysBetween(new Date('2026-03-06T09:00:00Z'), new Date('2026-03-10T09:00:00Z'))).toBe(2);
    expect(businessDaysBetween(new Date('2026-03-10T09:00:00Z'), new Date('2026-03-06T09:00:00Z'))).toBe(0);
  });

  it('ends a calendar date at the next midnight UTC', () => {
    expect(endOfDate('2026-02-28').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
