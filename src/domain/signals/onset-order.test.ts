import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../common/random';
import { unitDysfunctionSeries } from './dysfunction-scores';
import { incidentSeries, promiseSeries, unitWeekSeries } from './indicator-series';
import { onsetProgression } from './onset-order';
import type { UnitDysfunctionSeries } from './progression';
import { normal } from './statistics';
import { generateSyntheticHistory } from './synthetic/synthetic-history';
import { syntheticPeople } from './synthetic/synthetic-people';
import { rollUpEvents } from './synthetic/synthetic-rollups';

const WEEKS = 52;
const weeks = Array.from({ length: WEEKS }, (_, i) => `w${String(i).padStart(2, '0')}`);
const noisy = (random: Random, stepAt: number | null, height = 1.5) => weeks.map((_, t) => (stepAt !== null && t >= stepAt ? height : 0) + 0.5 * normal(random));

function series(seed: number, steps: { paucity: number | null; collaboration: number | null; conflict: number | null }): UnitDysfunctionSeries {
  const random = seededRandom(seed);
  return {
    unit: `u${seed}`,
    weeks,
    scores: { communication_paucity: noisy(random, steps.paucity), lack_of_collaboration: noisy(random, steps.collaboration), overt_conflict: noisy(random, steps.conflict) },
  };
}

describe('onset progression', () => {
  it('finds that collaboration broke down three weeks before conflict began, and names it earliest', () => {
    const result = onsetProgression(series(1, { paucity: null, collaboration: 20, conflict: 23 }), { seed: 1 });
    expect(result.onsets.map((o) => [o.dysfunction, o.week])).toEqual([['lack_of_collaboration', 'w20'], ['overt_conflict', 'w23']]);
    expect(result.precedences).toEqual([expect.objectContaining({ earlier: 'lack_of_collaboration', later: 'overt_conflict', weeksApart: 3 })]);
    expect(result.precedences[0]!.probability).toBeGreaterThanOrEqual(0.95);
    expect(result.earliest).toBe('lack_of_collaboration');
    const [low, high] = result.onsets[0]!.interval;
    expect(low <= 'w20' && 'w20' <= high).toBe(true);
  });

  it('orders onsets in any direction: conflict first, then paucity', () => {
    const result = onsetProgression(series(2, { paucity: 30, collaboration: null, conflict: 26 }), { seed: 2 });
    expect(result.earliest).toBe('overt_conflict');
    expect(result.precedences[0]).toMatchObject({ earlier: 'overt_conflict', later: 'communication_paucity' });
  });

  it('names no order when two onsets are too close to tell apart', () => {
    const result = onsetProgression(series(3, { paucity: 25, collaboration: 25, conflict: null }), { seed: 3 });
    expect(result.onsets).toHaveLength(2);
    expect(result.precedences).toEqual([]);
    expect(result.earliest).toBeNull();
  });

  it('keeps onsets in independent noise at no more than the stated false-positive rate', () => {
    let flagged = 0;
    const units = 80;
    for (let u = 0; u < units; u++) if (onsetProgression(series(100 + u, { paucity: null, collaboration: null, conflict: null }), { seed: u, permutations: 199, bootstrap: 20 }).onsets.length > 0) flagged += 1;
    expect(flagged / units).toBeLessThanOrEqual(0.1);
  }, 30_000);

  it('ignores improvements (a step down is not an onset)', () => {
    const random = seededRandom(4);
    const down = { unit: 'u', weeks, scores: { communication_paucity: noisy(random, 20, -2), lack_of_collaboration: noisy(random, null), overt_conflict: noisy(random, null) } };
    expect(onsetProgression(down, { seed: 4 }).onsets).toEqual([]);
  });

  it('finds the synthetic history\'s drying-up unit with communication paucity as its earliest dysfunction', () => {
    const history = generateSyntheticHistory({ people: syntheticPeople(300, 1), start: new Date('2025-07-07T00:00:00Z'), seed: 1 });
    const { unitWeeks } = rollUpEvents(history.events, history.people);
    const units = [...new Set(history.people.map((p) => p.unit))];
    const scores = unitDysfunctionSeries([
      ...unitWeekSeries(unitWeeks, history.weeks),
      ...promiseSeries(history.supportRequests, history.people, history.weeks),
      ...incidentSeries(history.incidents, units, history.weeks),
    ]);
    const paucity = history.truth.episodes[0]!;
    const result = onsetProgression(scores.find((s) => s.unit === paucity.unit)!, { seed: 1 });
    expect(result.earliest).toBe('communication_paucity');
    expect(result.onsets[0]?.week).toBe(paucity.fromWeek);
    const conflictUnit = onsetProgression(scores.find((s) => s.unit === history.truth.episodes[2]!.unit)!, { seed: 1 });
    expect(conflictUnit.onsets.map((o) => o.dysfunction)).toContain('overt_conflict');
  }, 20_000);
});
