import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../common/random';
import { detectProgression, ProgressionError, type UnitDysfunctionSeries } from './progression';
import { normal } from './statistics';

const WEEKS = 52;
const weeks = Array.from({ length: WEEKS }, (_, i) => `w${i}`);
const randomWalk = (random: Random, length = WEEKS) => {
  let level = 0;
  return Array.from({ length }, () => (level += normal(random)));
};

/** B follows A by `lag` weeks (plus noise); C is independent. */
function planted(seed: number, lag: number, noise: number): UnitDysfunctionSeries {
  const random = seededRandom(seed);
  const leader = randomWalk(random, WEEKS + lag);
  return {
    unit: `unit ${seed}`,
    weeks,
    scores: {
      communication_paucity: leader.slice(lag),
      lack_of_collaboration: leader.slice(0, WEEKS).map((value) => value + noise * normal(random)),
      overt_conflict: randomWalk(random),
    },
  };
}

describe('progression', () => {
  it('detects that communication paucity leads lack of collaboration by three weeks, and names it earliest', () => {
    const result = detectProgression(planted(1, 3, 1), { seed: 7 });
    const lead = result.leads.find((l) => l.leader === 'communication_paucity' && l.follower === 'lack_of_collaboration');
    expect(lead).toMatchObject({ flagged: true, lag: 3 });
    expect(lead!.pValue).toBeLessThan(0.01);
    expect(lead!.interval![0]).toBeGreaterThan(0);
    expect(lead!.interval![0]).toBeLessThanOrEqual(lead!.correlation);
    expect(lead!.lagSupport).toBeGreaterThan(0.5);
    expect(result.earliest).toBe('communication_paucity');
    expect(result.circular).toBe(false);
    expect(result.leads.find((l) => l.leader === 'lack_of_collaboration' && l.follower === 'communication_paucity')?.flagged).toBe(false);
  });

  it('detects a lead in the other direction just as well (any dysfunction can come first)', () => {
    const series = planted(2, 2, 0.7);
    const swapped = { ...series, scores: { communication_paucity: series.scores.overt_conflict, lack_of_collaboration: series.scores.lack_of_collaboration, overt_conflict: series.scores.communication_paucity } };
    const result = detectProgression(swapped, { seed: 3 });
    expect(result.earliest).toBe('overt_conflict');
    expect(result.leads.find((l) => l.flagged)).toMatchObject({ leader: 'overt_conflict', follower: 'lack_of_collaboration', lag: 2 });
  });

  it('finds the planted lead in most seeds (power), not just one', () => {
    const detected = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19].filter((seed) => detectProgression(planted(seed, 3, 1), { seed, surrogates: 199, bootstrap: 50 }).earliest === 'communication_paucity');
    expect(detected.length).toBeGreaterThanOrEqual(8);
  });

  it('flags independent noise at no more than the stated false-positive rate', () => {
    const alpha = 0.05;
    let flaggedUnits = 0;
    const units = 120;
    for (let u = 0; u < units; u++) {
      const random = seededRandom(1000 + u);
      const series = { unit: `u${u}`, weeks, scores: { communication_paucity: randomWalk(random), lack_of_collaboration: randomWalk(random), overt_conflict: randomWalk(random) } };
      if (detectProgression(series, { seed: u, alpha, surrogates: 199, bootstrap: 20 }).leads.some((lead) => lead.flagged)) flaggedUnits += 1;
    }
    // alpha is a family-wise bound per unit; allow binomial slack (mean 6 of 120, 99th percentile ≈ 12).
    expect(flaggedUnits / units).toBeLessThanOrEqual(0.1);
  }, 30_000);

  it('is reproducible for a seed', () => {
    const series = planted(4, 3, 1);
    expect(detectProgression(series, { seed: 9, surrogates: 99, bootstrap: 30 })).toEqual(detectProgression(series, { seed: 9, surrogates: 99, bootstrap: 30 }));
  });

  it('refuses series that are too short or not one finite score per week', () => {
    const short = planted(5, 1, 1);
    const cut = { ...short, weeks: weeks.slice(0, 20), scores: { communication_paucity: short.scores.communication_paucity.slice(0, 20), lack_of_collaboration: short.scores.lack_of_collaboration.slice(0, 20), overt_conflict: short.scores.overt_conflict.slice(0, 20) } };
    expect(() => detectProgression(cut, { seed: 1 })).toThrow(ProgressionError);
    const broken = { ...short, scores: { ...short.scores, overt_conflict: [...short.scores.overt_conflict.slice(0, 51), Number.NaN] } };
    expect(() => detectProgression(broken, { seed: 1 })).toThrow(/finite score per week/);
  });

  it('treats a flat series as moving nothing', () => {
    const series = planted(6, 3, 1);
    const flat = { ...series, scores: { ...series.scores, overt_conflict: new Array<number>(WEEKS).fill(2) } };
    const result = detectProgression(flat, { seed: 1, surrogates: 99, bootstrap: 20 });
    expect(result.leads.filter((lead) => lead.leader === 'overt_conflict' || lead.follower === 'overt_conflict').every((lead) => !lead.flagged)).toBe(true);
  });
});
