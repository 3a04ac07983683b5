import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days';

// 2026-01-05 is a Monday.
const at = (iso: string) => new Date(iso);
const instant = fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2100-01-01T00:00:00Z'), noInvalidDate: true });

describe('business days (Monday–Friday, UTC)', () => {
  it('knows weekdays from weekends on the UTC calendar', () => {
    expect(isBusinessDay(at('2026-01-05T00:00:00Z'))).toBe(true);
    expect(isBusinessDay(at('2026-01-09T23:59:59Z'))).toBe(true);
    expect(isBusinessDay(at('2026-01-10T12:00:00Z'))).toBe(false);
    expect(isBusinessDay(at('2026-01-11T12:00:00Z'))).toBe(false);
  });

  it('adds business days keeping the time of day and jumping weekends', () => {
    expect(addBusinessDays(at('2026-01-05T10:00:00Z'), 1).toISOString()).toBe('2026-01-06T10:00:00.000Z');
    expect(addBusinessDays(at('2026-01-09T10:00:00Z'), 1).toISOString()).toBe('2026-01-12T10:00:00.000Z');
    expect(addBusinessDays(at('2026-01-10T10:00:00Z'), 1).toISOString()).toBe('2026-01-12T10:00:00.000Z');
    expect(addBusinessDays(at('2026-01-05T10:00:00Z'), 10).toISOString()).toBe('2026-01-19T10:00:00.000Z');
    expect(addBusinessDays(at('2026-01-05T10:00:00Z'), 0).toISOString()).toBe('2026-01-05T10:00:00.000Z');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addBusinessDays(at('2026-01-05T10:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addBusinessDays(at('2026-01-05T10:00:00Z'), 1.5)).toThrow(RangeError);
  });

  it('counts whole business days between two instants', () => {
    expect(businessDaysBetween(at('2026-01-09T15:00:00Z'), at('2026-01-12T14:59:59Z'))).toBe(0);
    expect(businessDaysBetween(at('2026-01-09T15:00:00Z'), at('2026-01-12T15:00:00Z'))).toBe(1);
    expect(businessDaysBetween(at('2026-01-05T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(10);
    expect(businessDaysBetween(at('2026-01-10T00:00:00Z'), at('2026-01-11T23:00:00Z'))).toBe(0);
    expect(businessDaysBetween(at('2026-01-19T00:00:00Z'), at('2026-01-05T00:00:00Z'))).toBe(0);
  });

  it('always lands on a business day after a positive count', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 400 }), (start, n) => isBusinessDay(addBusinessDays(start, n))));
  });

  it('counts back exactly the days it added', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 0, max: 400 }), (start, n) => businessDaysBetween(start, addBusinessDays(start, n)) === n));
  });

  it('agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 * 24 }), (start, hours) => {
        const end = new Date(start.getTime() + hours * 3_600_000);
        let expected = 0;
        while (addBusinessDays(start, expected + 1).getTime() <= end.getTime()) expected += 1;
        return businessDaysBetween(start, end) === expected;
      }),
    );
  });

  it('is additive: n then m business days is n + m', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (start, n, m) => {
        return addBusinessDays(addBusinessDays(start, n), m).getTime() === addBusinessDays(start, n + m).getTime();
      }),
    );
  });
});
