import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PairDayRollupRow } from '../signals/rollup-types';
import { tieStrength, tiesFromPairDays } from './tie-strength';

const now = new Date('2026-06-30T12:00:00Z');
const row = (initiatorId: string, recipientId: string, day: string, events: number, answered = events): PairDayRollupRow => ({
  initiatorId,
  recipientId,
  day,
  events,
  answered,
  unanswered: events - answered,
  responseSecondsSum: answered * 600,
  lastAt: new Date(`${day}T10:00:00Z`),
  crossFunction: true,
});

describe('tie strength', () => {
  it('combines frequency, reciprocity and recency as documented', () => {
    expect(tieStrength(1, 1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(tieStrength(1, 0, 1)).toBeCloseTo((1 - Math.exp(-1)) / 2, 12);
    expect(tieStrength(1, 1, 0.5)).toBeCloseTo((1 - Math.exp(-1)) / 2, 12);
    expect(tieStrength(0, 1, 1)).toBe(0);
  });

  it('stays in [0, 1] and grows with each of its parts', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), unit, unit, fc.double({ min: 0, max: 5, noNaN: true }), (perWeek, reciprocity, recency, more) => {
        const strength = tieStrength(perWeek, reciprocity, recency);
        expect(strength).toBeGreaterThanOrEqual(0);
        expect(strength).toBeLessThanOrEqual(1);
        expect(tieStrength(perWeek + more, reciprocity, recency)).toBeGreaterThanOrEqual(strength);
        expect(tieStrength(perWeek, Math.min(1, reciprocity + more / 5), recency)).toBeGreaterThanOrEqual(strength);
      }),
    );
  });

  it('merges both directions of a pair over the window and halves the strength every 30 days without contact', () => {
    const rows = [row('b', 'a', '2026-05-31', 3), row('a', 'b', '2026-05-31', 3), row('a', 'b', '2026-01-01', 50)];
    const [tie] = tiesFromPairDays(rows, { now, windowDays: 90 });
    expect(tie).toMatchObject({ a: 'a', b: 'b', eventsAToB: 3, eventsBToA: 3, reciprocity: 1, crossFunction: true });
    expect(tie?.contactsPerWeek).toBeCloseTo(6 / (90 / 7), 12);
    expect(tie?.recency).toBeCloseTo(2 ** (-(30 + 2 / 24) / 30), 9);
  });

  it('scores a one-way tie below a mutual tie of the same volume', () => {
    const oneWay = tiesFromPairDays([row('a', 'b', '2026-06-29', 6)], { now })[0];
    const mutual = tiesFromPairDays([row('a', 'b', '2026-06-29', 3), row('b', 'a', '2026-06-29', 3)], { now })[0];
    expect(oneWay?.reciprocity).toBe(0);
    expect(mutual!.strength).toBeGreaterThan(oneWay!.strength);
  });

  it('leaves out self-contacts and days after now', () => {
    expect(tiesFromPairDays([row('a', 'a', '2026-06-29', 3), row('a', 'b', '2026-07-02', 3)], { now })).toEqual([]);
  });
});
