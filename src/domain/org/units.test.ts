import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePerson, peopleFromParents } from './factories';
import { descendants, indexPeople, spanOfControl } from './hierarchy';
import { deriveUnits } from './units';

describe('deriveUnits', () => {
  it('makes one unit per manager, named after the manager, counting everyone below them', () => {
    const index = indexPeople([
      makePerson({ id: 'ceo', name: 'Ada Lovelace', function: 'other', level: 'senior' }),
      makePerson({ id: 'cro', name: 'Grace Hopper', level: 'senior', managerId: 'ceo' }),
      makePerson({ id: 'rsm', name: 'Alan Turing', level: 'middle', region: 'EMEA North', managerId: 'cro' }),
      makePerson({ id: 'rep1', name: 'Barbara Liskov', managerId: 'rsm' }),
      makePerson({ id: 'rep2', name: 'Donald Knuth', managerId: 'rsm' }),
    ]);
    expect(deriveUnits(index)).toEqual([
      { managerId: 'ceo', name: "Ada Lovelace's line", function: 'other', level: 'senior', region: null, directReportIds: ['cro'], memberCount: 4 },
      { managerId: 'cro', name: "Grace Hopper's line", function: 'sales', level: 'senior', region: null, directReportIds: ['rsm'], memberCount: 3 },
      { managerId: 'rsm', name: "Alan Turing's line", function: 'sales', level: 'middle', region: 'EMEA North', directReportIds: ['rep1', 'rep2'], memberCount: 2 },
    ]);
  });

  it('returns no units when nobody has reports', () => {
    expect(deriveUnits(indexPeople([makePerson(), makePerson()]))).toEqual([]);
  });

  it('still describes the lines of managers caught in a reporting cycle', () => {
    const index = indexPeople([
      makePerson({ id: 'a', name: 'A', managerId: 'b' }),
      makePerson({ id: 'b', name: 'B', managerId: 'a' }),
      makePerson({ id: 'c', name: 'C', managerId: 'a' }),
    ]);
    const units = deriveUnits(index);
    expect(units.map((u) => [u.managerId, u.memberCount])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('matches span of control and subtree size for every manager in any forest', () => {
    const parents = fc
      .array(fc.nat(), { minLength: 1, maxLength: 80 })
      .map((seeds) => seeds.map((seed, i) => (i === 0 || seed % 7 === 0 ? null : seed % i)));
    fc.assert(
      fc.property(parents, (parentList) => {
        const index = indexPeople(peopleFromParents(parentList));
        const units = deriveUnits(index);
        const managers = new Set(parentList.filter((p): p is number => p !== null).map((p) => `p${p}`));
        expect(new Set(units.map((u) => u.managerId))).toEqual(managers);
        for (const unit of units) {
          expect(unit.directReportIds).toHaveLength(spanOfControl(index, unit.managerId));
          expect(unit.memberCount).toBe(descendants(index, unit.managerId).length);
        }
      }),
    );
  });

  it("lists each manager's unit before the units below it", () => {
    const index = indexPeople(peopleFromParents([null, 0, 1, 2, 0, 4]));
    const order = deriveUnits(index).map((u) => u.managerId);
    expect(order).toEqual(['p0', 'p1', 'p2', 'p4']);
  });
});
