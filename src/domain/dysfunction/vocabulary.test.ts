import { describe, expect, it } from 'vitest';
import { DYSFUNCTION_CODES } from '../research/codebook/dysfunction-codes';
import { DYSFUNCTIONS, INTERPRETATIONS, RESPONSES, SENSEMAKING, expectedFor, orderedChoices } from './vocabulary';

describe('journal vocabulary', () => {
  it('uses only code ids the built-in codebook (and so DOMAIN.md) defines', () => {
    const known = new Set(DYSFUNCTION_CODES.map((code) => code.id));
    for (const id of [...DYSFUNCTIONS, ...INTERPRETATIONS, ...RESPONSES]) expect(known.has(id), id).toBe(true);
  });

  it('maps every interpretation and response to exactly one dysfunction and side, as DOMAIN.md’s table does', () => {
    const seen = Object.values(SENSEMAKING).flatMap((sides) => Object.values(sides).flatMap((s) => [...s.interpretations, ...s.responses]));
    expect([...seen].sort()).toEqual([...INTERPRETATIONS, ...RESPONSES].sort());
  });

  it('offers the expected interpretations for the writer’s side first, then every other listed one', () => {
    const expected = expectedFor('dysfunction.communication_paucity', 'marketing');
    const choices = orderedChoices(INTERPRETATIONS, expected.interpretations);
    expect(choices.slice(0, 2)).toEqual(['interpretation.autonomy_overkill', 'interpretation.nuisance']);
    expect(choices).toHaveLength(INTERPRETATIONS.length);
    expect(expectedFor('dysfunction.overt_conflict', 'other').interpretations).toEqual([]);
  });
});
