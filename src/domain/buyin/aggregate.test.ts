import { describe, expect, it } from 'vitest';
import { checkAnswers, emptyTally, addToTally, meansOf, scoresOf, tallyBy } from './aggregate';
import { INITIATIVE_PULSE_ITEMS } from './pulse-items';

const all = (value: number) => Object.fromEntries(INITIATIVE_PULSE_ITEMS.map((i) => [i.id, value]));

describe('pulse answers', () => {
  it('accepts a whole number from 1 to 5 for every item', () => {
    expect(() => checkAnswers(INITIATIVE_PULSE_ITEMS, all(3))).not.toThrow();
  });

  it('refuses a missing item, an unknown item and a value out of range, saying which', () => {
    const { 'belief-1': _omitted, ...missing } = all(4);
    expect(() => checkAnswers(INITIATIVE_PULSE_ITEMS, missing)).toThrow(/1 of 12 are still open/);
    expect(() => checkAnswers(INITIATIVE_PULSE_ITEMS, { ...all(4), extra: 3 })).toThrow(/no item "extra"/);
    expect(() => checkAnswers(INITIATIVE_PULSE_ITEMS, { ...all(4), 'belief-2': 6 })).toThrow(/whole number from 1 to 5/);
    expect(() => checkAnswers(INITIATIVE_PULSE_ITEMS, { ...all(4), 'belief-2': 2.5 })).toThrow(/whole number/);
  });

  it("scores a respondent's measure as the mean of their items on it", () => {
    const scores = scoresOf(INITIATIVE_PULSE_ITEMS, { ...all(3), 'belief-1': 2, 'belief-2': 5 });
    expect(scores.belief).toBe(3.5);
    expect(scores.objectivity).toBe(3);
    expect(scores.walls).toBeUndefined();
  });
});

describe('tallies', () => {
  it('averages each measure over the respondents who have it, to two decimals', () => {
    const tally = emptyTally();
    addToTally(tally, { belief: 2 });
    addToTally(tally, { belief: 3, readiness: 4 });
    addToTally(tally, { belief: 3 });
    expect(tally.n).toBe(3);
    expect(meansOf(tally, ['belief', 'readiness', 'walls'])).toEqual({ belief: 2.67, readiness: 4, walls: null });
  });

  it('groups respondents under every key they belong to', () => {
    const tallies = tallyBy(
      [
        { scores: { belief: 1 }, keys: ['a', 'b'] },
        { scores: { belief: 5 }, keys: ['b'] },
      ],
      (r) => r.keys,
    );
    expect(tallies.get('a')?.n).toBe(1);
    expect(meansOf(tallies.get('b') ?? emptyTally(), ['belief'])).toEqual({ belief: 3 });
  });
});
