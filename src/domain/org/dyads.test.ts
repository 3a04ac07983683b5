import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DYAD_SCORES, suggestDyads } from './dyads';
import { makePerson } from './factories';
import { LEVELS, type Level, type Person } from './types';

const sales = (id: string, level: Level, region: string | null, extra: Partial<Person> = {}) =>
  makePerson({ id, name: `Sales ${id}`, function: 'sales', level, region, ...extra });
const marketing = (id: string, level: Level, region: string | null, extra: Partial<Person> = {}) =>
  makePerson({ id, name: `Marketing ${id}`, function: 'marketing', level, region, ...extra });

describe('suggestDyads', () => {
  it('pairs a sales and a marketing person at the same level and region as a strong match', () => {
    const result = suggestDyads([sales('s1', 'middle', 'EMEA North'), marketing('m1', 'middle', 'EMEA North')], []);
    expect(result).toEqual([
      {
        salesPersonId: 's1',
        marketingPersonId: 'm1',
        level: 'middle',
        region: 'EMEA North',
        score: 0.9,
        reason: 'Same level (middle) and region (EMEA North)',
      },
    ]);
  });

  it('never pairs across levels, and never pairs regional middle managers from different regions', () => {
    const result = suggestDyads(
      [sales('s1', 'middle', 'EMEA North'), marketing('m1', 'frontline', 'EMEA North'), marketing('m2', 'middle', 'APAC')],
      [],
    );
    expect(result).toEqual([]);
  });

  it('pairs senior leaders across regions because they usually work organisation-wide', () => {
    const [dyad] = suggestDyads([sales('s1', 'senior', 'EMEA North'), marketing('m1', 'senior', null)], []);
    expect(dyad).toMatchObject({ salesPersonId: 's1', marketingPersonId: 'm1', region: null, score: DYAD_SCORES.seniorAcrossRegions });
  });

  it('pairs a regional person with an organisation-wide counterpart only when no regional one is free, at a lower score', () => {
    const result = suggestDyads(
      [sales('s1', 'frontline', 'APAC'), sales('s2', 'frontline', 'APAC'), marketing('m1', 'frontline', 'APAC'), marketing('m2', 'frontline', null)],
      [],
    );
    expect(result.map((d) => [d.salesPersonId, d.marketingPersonId, d.score])).toEqual([
      ['s1', 'm1', 0.9],
      ['s2', 'm2', 0.6],
    ]);
    expect(result[1]?.reason).toBe('Same level (frontline); no marketing counterpart in APAC, so an organisation-wide one (no region)');
  });

  it('leaves out inactive people, other functions and anyone already in a dyad', () => {
    const result = suggestDyads(
      [
        sales('s1', 'middle', 'APAC', { active: false }),
        sales('s2', 'middle', 'APAC'),
        sales('s3', 'middle', 'APAC'),
        makePerson({ id: 'o1', function: 'other', level: 'middle', region: 'APAC' }),
        marketing('m1', 'middle', 'APAC'),
        marketing('m2', 'middle', 'APAC'),
      ],
      [{ salesPersonId: 's2', marketingPersonId: 'm9' }],
    );
    expect(result.map((d) => [d.salesPersonId, d.marketingPersonId])).toEqual([['s3', 'm1']]);
  });

  it('breaks ties by name, then id', () => {
    const result = suggestDyads(
      [
        makePerson({ id: 'b', name: 'Zoe', function: 'sales', level: 'middle', region: 'APAC' }),
        makePerson({ id: 'a', name: 'Anna', function: 'sales', level: 'middle', region: 'APAC' }),
        makePerson({ id: 'y', name: 'Max', function: 'marketing', level: 'middle', region: 'APAC' }),
        makePerson({ id: 'x', name: 'Max', function: 'marketing', level: 'middle', region: 'APAC' }),
      ],
      [],
    );
    expect(result.map((d) => [d.salesPersonId, d.marketingPersonId])).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
  });

  it('sorts suggestions by level from senior to frontline, then by score', () => {
    const result = suggestDyads(
      [
        sales('f1', 'frontline', 'APAC'),
        marketing('fm1', 'frontline', 'APAC'),
        sales('s1', 'senior', 'APAC'),
        marketing('sm1', 'senior', null),
        sales('s2', 'senior', null),
        marketing('sm2', 'senior', null),
      ],
      [],
    );
    expect(result.map((d) => [d.level, d.score])).toEqual([
      ['senior', 0.85],
      ['senior', 0.8],
      ['frontline', 0.9],
    ]);
  });

  it('handles 50,000 people', () => {
    const regions = ['APAC', 'EMEA North', 'EMEA South', null];
    const people = Array.from({ length: 50_000 }, (_, i) =>
      makePerson({
        id: `p${i}`,
        name: `Person ${i}`,
        function: i % 2 === 0 ? 'marketing' : 'sales',
        level: LEVELS[Math.floor(i / 2) % 3] as Level,
        region: regions[i % 4] ?? null,
      }),
    );
    const result = suggestDyads(people, []);
    expect(result.length).toBeGreaterThan(10_000);
  });
});

/** The specification, written the slow way: score every pair, then take the best free pair greedily. */
function bruteForce(people: Person[]): Array<[string, string, number]> {
  const score = (s: Person, m: Person): number | null => {
    if (s.level !== m.level) return null;
    if (s.region !== null && s.region === m.region) return 0.9;
    if (s.region === null && m.region === null) return 0.85;
    if (s.level === 'senior') return 0.8;
    if (s.region === null || m.region === null) return 0.6;
    return null;
  };
  const key = (p: Person) => [p.name, p.id];
  const candidates: Array<{ s: Person; m: Person; score: number }> = [];
  const active = people.filter((p) => p.active);
  for (const s of active.filter((p) => p.function === 'sales'))
    for (const m of active.filter((p) => p.function === 'marketing')) {
      const value = score(s, m);
      if (value !== null) candidates.push({ s, m, score: value });
    }
  const compare = (a: string[], b: string[]) => (a.join('\u0000') < b.join('\u0000') ? -1 : a.join('\u0000') > b.join('\u0000') ? 1 : 0);
  candidates.sort((a, b) => b.score - a.score || compare([...key(a.s), ...key(a.m)], [...key(b.s), ...key(b.m)]));
  const taken = new Set<string>();
  const result: Array<[string, string, number]> = [];
  for (const c of candidates) {
    if (taken.has(c.s.id) || taken.has(c.m.id)) continue;
    taken.add(c.s.id);
    taken.add(c.m.id);
    result.push([c.s.id, c.m.id, c.score]);
  }
  return result;
}

const arbitraryPeople = fc
  .array(
    fc.record({
      name: fc.constantFrom('Ann', 'Bo', 'Cy', 'Di'),
      function: fc.constantFrom('sales', 'marketing', 'other') as fc.Arbitrary<Person['function']>,
      level: fc.constantFrom(...LEVELS),
      region: fc.constantFrom('APAC', 'EMEA North', null),
      active: fc.constantFrom(true, true, true, false),
    }),
    { maxLength: 30 },
  )
  .map((rows) => rows.map((row, i) => makePerson({ ...row, id: `id${String(i).padStart(2, '0')}` })));

describe('suggestDyads properties', () => {
  it('makes the same pairs as scoring every pair and matching greedily by score, name and id', () => {
    fc.assert(
      fc.property(arbitraryPeople, (people) => {
        const fast = suggestDyads(people, []).map((d) => [d.salesPersonId, d.marketingPersonId, d.score]);
        const sortKey = (t: unknown[]) => t.join('|');
        expect(fast.map(sortKey).sort()).toEqual(bruteForce(people).map(sortKey).sort());
      }),
    );
  });

  it('puts each person in at most one suggestion, always a sales and a marketing person at the same level', () => {
    fc.assert(
      fc.property(arbitraryPeople, (people) => {
        const byId = new Map(people.map((p) => [p.id, p]));
        const result = suggestDyads(people, []);
        const ids = result.flatMap((d) => [d.salesPersonId, d.marketingPersonId]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const d of result) {
          expect(byId.get(d.salesPersonId)).toMatchObject({ function: 'sales', level: d.level, active: true });
          expect(byId.get(d.marketingPersonId)).toMatchObject({ function: 'marketing', level: d.level, active: true });
        }
      }),
    );
  });

  it('gives the same suggestions whatever order the people arrive in', () => {
    fc.assert(
      fc.property(arbitraryPeople, fc.nat(), (people, rotation) => {
        const shift = people.length === 0 ? 0 : rotation % people.length;
        const rotated = [...people.slice(shift), ...people.slice(0, shift)].reverse();
        expect(suggestDyads(rotated, [])).toEqual(suggestDyads(people, []));
      }),
    );
  });

  it('keeps levels in senior, middle, frontline order with scores descending inside each level', () => {
    fc.assert(
      fc.property(arbitraryPeople, (people) => {
        const result = suggestDyads(people, []);
        for (let i = 1; i < result.length; i += 1) {
          const previous = result[i - 1]!;
          const current = result[i]!;
          const levelOrder = LEVELS.indexOf(previous.level) - LEVELS.indexOf(current.level);
          expect(levelOrder).toBeLessThanOrEqual(0);
          if (levelOrder === 0) expect(previous.score).toBeGreaterThanOrEqual(current.score);
        }
      }),
    );
  });
});
