import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Level, PersonFunction } from '../org/types';
import { paucityIndicators } from './paucity-indicators';
import type { PairDayRollupRow, RollupPerson } from './rollup-types';
import { addWeeks, weekStartOf, weeksBetween } from './weeks';

const now = new Date('2026-06-30T00:00:00Z');
const person = (id: string, fn: PersonFunction, unit = 'EMEA', level: Level = 'frontline'): RollupPerson => ({ id, function: fn, level, unit });
const row = (initiatorId: string, recipientId: string, day: string, events: number, unanswered = 0, crossFunction = true): PairDayRollupRow => ({
  initiatorId,
  recipientId,
  day,
  events,
  answered: events - unanswered,
  unanswered,
  responseSecondsSum: 0,
  lastAt: new Date(`${day}T12:00:00Z`),
  crossFunction,
});

const people = [person('s1', 'sales'), person('s2', 'sales'), person('m1', 'marketing'), person('m2', 'marketing', 'APAC', 'middle')];

describe('paucity indicators', () => {
  const rows = [row('s1', 'm1', '2026-06-20', 4, 1), row('m1', 's1', '2026-06-25', 2, 2), row('m2', 's2', '2026-06-10', 3, 3), row('s1', 's2', '2026-06-29', 9, 0, false)];
  const result = paucityIndicators(rows, people, { now, windowDays: 28 });

  it('counts days since the last cross-function contact per person, ignoring within-function contact', () => {
    const days = Object.fromEntries(result.people.map((p) => [p.personId, p.daysSinceLastCrossContact]));
    expect(days).toEqual({ s1: 4.5, m1: 4.5, s2: 19.5, m2: 19.5 });
  });

  it('describes each dyad: frequency, reciprocity, initiation balance and unanswered outreach by direction', () => {
    const dyad = result.dyads.find((d) => d.salesPersonId === 's1' && d.marketingPersonId === 'm1');
    expect(dyad).toMatchObject({ reciprocity: 0.5, salesInitiatedShare: 4 / 6, contactsPerWeek: 6 / 4 });
    expect(dyad?.salesToMarketing).toEqual({ events: 4, unanswered: 1, ratio: 0.25 });
    expect(dyad?.marketingToSales).toEqual({ events: 2, unanswered: 2, ratio: 1 });
  });

  it('aggregates units and levels with their group size', () => {
    const emea = result.units.find((u) => u.group === 'EMEA');
    expect(emea).toMatchObject({ groupSize: 3, daysSinceLastCrossContact: 4.5, peopleWithoutCrossContact: 0, reciprocatedDyadShare: 0.5 });
    expect(emea?.marketingToSales).toEqual({ events: 5, unanswered: 5, ratio: 1 });
    const senior = result.levels.find((l) => l.group === 'senior');
    expect(senior).toMatchObject({ groupSize: 0, daysSinceLastCrossContact: null, salesInitiatedShare: null });
  });

  it('leaves out rows outside the window and people it does not know', () => {
    const old = paucityIndicators([row('s1', 'm1', '2026-01-01', 5), row('ghost', 'm1', '2026-06-29', 5)], people, { now, windowDays: 28 });
    expect(old.people.every((p) => p.daysSinceLastCrossContact === null)).toBe(true);
    expect(old.dyads).toEqual([]);
  });

  it('keeps ratios in [0, 1] and splits a group\'s events exactly into the two directions', () => {
    const ids = ['s1', 's2', 'm1', 'm2'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ i: fc.nat(3), j: fc.nat(3), day: fc.integer({ min: 1, max: 28 }), events: fc.integer({ min: 1, max: 9 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 30 }),
        (specs) => {
          const made = specs
            .filter(({ i, j }) => people[i]!.function !== people[j]!.function)
            .map(({ i, j, day, events, share }) => row(ids[i]!, ids[j]!, `2026-06-${String(day).padStart(2, '0')}`, events, Math.floor(events * share)));
          const { units, levels, dyads } = paucityIndicators(made, people, { now, windowDays: 40 });
          for (const group of [...units, ...levels]) {
            for (const counts of [group.marketingToSales, group.salesToMarketing]) {
              expect(counts.ratio ?? 0).toBeGreaterThanOrEqual(0);
              expect(counts.ratio ?? 0).toBeLessThanOrEqual(1);
            }
          }
          const total = made.reduce((sum, r) => sum + r.events, 0);
          expect(dyads.reduce((sum, d) => sum + d.marketingToSales.events + d.salesToMarketing.events, 0)).toBe(total);
        },
      ),
    );
  });
});

describe('weeks', () => {
  it('names a week by its Monday', () => {
    expect(weekStartOf(new Date('2026-07-05T23:59:59Z'))).toBe('2026-06-29');
    expect(weekStartOf(new Date('2026-06-29T00:00:00Z'))).toBe('2026-06-29');
    expect(addWeeks('2026-06-29', -1)).toBe('2026-06-22');
    expect(weeksBetween('2026-06-24', '2026-07-06')).toEqual(['2026-06-22', '2026-06-29', '2026-07-06']);
  });
});
