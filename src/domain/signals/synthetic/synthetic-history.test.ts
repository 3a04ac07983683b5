import { describe, expect, it } from 'vitest';
import { earlyWarnings } from '../early-warnings';
import { incidentSeries, promiseSeries, unitWeekSeries } from '../indicator-series';
import { paucityIndicators } from '../paucity-indicators';
import { addWeeks, weekStartOf } from '../weeks';
import { evaluateWarnings } from './evaluate-warnings';
import { streamSyntheticEvents } from './stream-events';
import { generateSyntheticHistory, type SyntheticHistory } from './synthetic-history';
import { syntheticPeople } from './synthetic-people';
import { rollUpEvents } from './synthetic-rollups';
import { syntheticTies } from './synthetic-ties';

const start = new Date('2025-07-07T00:00:00Z');
const cache = new Map<number, SyntheticHistory>();
const historyFor = (seed: number) => {
  if (!cache.has(seed)) cache.set(seed, generateSyntheticHistory({ people: syntheticPeople(300, seed), start, seed }));
  return cache.get(seed) as SyntheticHistory;
};

function monitor(history: SyntheticHistory) {
  const { unitWeeks } = rollUpEvents(history.events, history.people);
  const units = [...new Set(history.people.map((person) => person.unit))];
  return earlyWarnings([
    ...unitWeekSeries(unitWeeks, history.weeks),
    ...promiseSeries(history.supportRequests, history.people, history.weeks),
    ...incidentSeries(history.incidents, units, history.weeks),
  ]);
}

describe('synthetic history', () => {
  it('is reproducible for a seed and spans 52 weeks', () => {
    const again = generateSyntheticHistory({ people: syntheticPeople(300, 1), start, seed: 1 });
    const history = historyFor(1);
    expect(history.weeks).toHaveLength(52);
    expect(again.events.length).toBe(history.events.length);
    expect(again.events.slice(0, 50)).toEqual(history.events.slice(0, 50));
    expect(again.truth).toEqual(history.truth);
  });

  it('plants a paucity unit, a broken-promise dyad and a conflict that follows in the dyad\'s unit', () => {
    const { truth } = historyFor(1);
    const [paucity, promises, conflict] = truth.episodes;
    expect(paucity?.kind).toBe('paucity');
    expect(promises?.kind).toBe('broken_promises');
    expect(conflict).toMatchObject({ kind: 'conflict', unit: promises?.unit });
    expect(conflict!.fromWeek > promises!.fromWeek).toBe(true);
    expect(paucity?.unit).not.toBe(promises?.unit);
    expect(truth.healthyUnits).not.toContain(paucity?.unit);
    expect(truth.healthyUnits.length).toBeGreaterThanOrEqual(3);
  });

  it('lets the planted unit\'s cross-function contact dry up while healthy units keep theirs', () => {
    const history = historyFor(1);
    const paucity = history.truth.episodes[0]!;
    const from = history.weeks.indexOf(paucity.fromWeek);
    const unitOf = new Map(history.people.map((person) => [person.id, person.unit]));
    const fnOf = new Map(history.people.map((person) => [person.id, person.function]));
    const weekIndex = new Map(history.weeks.map((week, i) => [week, i]));
    const perWeek = (unit: string, before: boolean) => {
      const events = history.events.filter((event) => {
        const cross = new Set([fnOf.get(event.initiatorId), fnOf.get(event.recipientId)]);
        const inUnit = unitOf.get(event.initiatorId) === unit || unitOf.get(event.recipientId) === unit;
        const week = weekIndex.get(weekStartOf(event.occurredAt)) as number;
        return cross.has('sales') && cross.has('marketing') && inUnit && (before ? week < from : week >= from);
      });
      return events.length / (before ? from : history.weeks.length - from);
    };
    expect(perWeek(paucity.unit, false) / perWeek(paucity.unit, true)).toBeLessThan(0.3);
    const healthy = history.truth.healthyUnits.find((unit) => unit !== '(none)')!;
    expect(perWeek(healthy, false) / perWeek(healthy, true)).toBeGreaterThan(0.7);
  });

  it('breaks the planted dyad\'s promises after the episode starts and keeps the others\'', () => {
    const history = historyFor(1);
    const { dyad, fromWeek } = history.truth.episodes[1]!;
    const inDyad = (r: { requesterId: string; providerId: string }) => [r.requesterId, r.providerId].sort().join() === [dyad!.salesPersonId, dyad!.marketingPersonId].sort().join();
    const after = history.supportRequests.filter((r) => inDyad(r) && r.requestedAt.toISOString() >= fromWeek);
    const others = history.supportRequests.filter((r) => !inDyad(r));
    expect(after.filter((r) => r.outcome !== 'delivered').length / after.length).toBeGreaterThan(0.6);
    expect(others.filter((r) => r.outcome === 'delivered').length / others.length).toBeGreaterThan(0.85);
  });

  it('feeds the indicators: the planted unit has fewer cross-function contacts per person at the end', () => {
    const history = historyFor(1);
    const { pairDays } = rollUpEvents(history.events, history.people);
    const end = new Date(`${addWeeks(history.weeks.at(-1)!, 1)}T00:00:00Z`);
    const { units } = paucityIndicators(pairDays, history.people, { now: end, windowDays: 56 });
    const planted = units.find((unit) => unit.group === history.truth.episodes[0]!.unit)!;
    const healthy = units.filter((unit) => history.truth.healthyUnits.includes(unit.group) && unit.group !== '(none)');
    for (const unit of healthy) expect(planted.crossContactsPerWeekPerPerson).toBeLessThan(unit.crossContactsPerWeekPerPerson);
  });
});

describe('the monitor on synthetic histories', () => {
  for (const seed of [1, 2]) {
    it(`finds the planted episodes with precision and recall of at least 0.8 and flags no healthy unit (seed ${seed})`, () => {
      const history = historyFor(seed);
      const score = evaluateWarnings(monitor(history), history.truth, history.people);
      expect(score.recall).toBeGreaterThanOrEqual(0.8);
      expect(score.precision).toBeGreaterThanOrEqual(0.8);
      expect(score.flaggedHealthyUnits).toEqual([]);
    }, 20_000);
  }

  it('scores warnings against the truth: a wrong unit is a false alarm and an unfound episode is missed', () => {
    const history = historyFor(1);
    const warnings = monitor(history);
    const healthy = history.truth.healthyUnits[0]!;
    const wrong = { ...warnings[0]!, key: { ...warnings[0]!.key, scope: 'unit' as const, unit: healthy } };
    const score = evaluateWarnings([wrong], history.truth, history.people);
    expect(score.precision).toBe(0);
    expect(score.recall).toBe(0);
    expect(score.missed).toHaveLength(3);
    expect(score.flaggedHealthyUnits).toEqual([healthy]);
    expect(evaluateWarnings([], history.truth).recall).toBe(0);
  });
});

describe('synthetic ties and event streams', () => {
  it('makes exactly the requested number of distinct ties, without self-ties', () => {
    const people = syntheticPeople(400, 3);
    const ties = syntheticTies(people, { ties: 4000, seed: 3 });
    const keys = new Set(Array.from(ties.a, (a, i) => `${a}-${ties.b[i]}`));
    expect(keys.size).toBe(4000);
    expect(Array.from(ties.a).every((a, i) => a < ties.b[i]!)).toBe(true);
    expect(() => syntheticTies(people.slice(0, 3), { ties: 4, seed: 1 })).toThrow(RangeError);
  });

  it('streams N events in time order over the span, reproducibly', () => {
    const people = syntheticPeople(200, 4);
    const options = { people, events: 5000, start, seed: 9, days: 30 };
    const events = [...streamSyntheticEvents(options)];
    expect(events).toHaveLength(5000);
    expect(events.every((event, i) => i === 0 || event.occurredAt >= events[i - 1]!.occurredAt)).toBe(true);
    expect(events.at(-1)!.occurredAt.getTime() - start.getTime()).toBeLessThan(31 * 86_400_000);
    expect(events.every((event) => event.initiatorId !== event.recipientId)).toBe(true);
    expect([...streamSyntheticEvents(options)].slice(0, 10)).toEqual(events.slice(0, 10));
  });
});

describe('synthetic history input', () => {
  it('refuses an organisation too small to plant the episodes in', () => {
    expect(() => generateSyntheticHistory({ people: syntheticPeople(20, 1), start, seed: 1 })).toThrow(RangeError);
  });
});
