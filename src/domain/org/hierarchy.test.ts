import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePerson, peopleFromParents } from './factories';
import {
  depth,
  descendants,
  findReportingCycles,
  indexPeople,
  isInLine,
  reportingLine,
  spanOfControl,
} from './hierarchy';

function smallOrg() {
  const ceo = makePerson({ id: 'ceo', name: 'Ada CEO', function: 'other', level: 'senior' });
  const cro = makePerson({ id: 'cro', name: 'Cara CRO', level: 'senior', managerId: 'ceo' });
  const cmo = makePerson({ id: 'cmo', name: 'Bea CMO', function: 'marketing', level: 'senior', managerId: 'ceo' });
  const rsm = makePerson({ id: 'rsm', name: 'Rob Manager', level: 'middle', managerId: 'cro' });
  const rep1 = makePerson({ id: 'rep1', name: 'Zed Rep', managerId: 'rsm' });
  const rep2 = makePerson({ id: 'rep2', name: 'Amy Rep', managerId: 'rsm' });
  return indexPeople([rep1, rsm, cmo, ceo, rep2, cro]);
}

describe('indexPeople', () => {
  it('lists direct reports of each manager sorted by name', () => {
    const index = smallOrg();
    expect(index.reportsOf.get('ceo')?.map((p) => p.id)).toEqual(['cmo', 'cro']);
    expect(index.reportsOf.get('rsm')?.map((p) => p.id)).toEqual(['rep2', 'rep1']);
  });

  it('treats people whose manager is unknown as roots', () => {
    const index = indexPeople([makePerson({ id: 'a', name: 'A' }), makePerson({ id: 'b', name: 'B', managerId: 'gone' })]);
    expect(index.roots.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('spans, depth and reporting lines', () => {
  it('counts direct reports only as the span of control', () => {
    const index = smallOrg();
    expect(spanOfControl(index, 'ceo')).toBe(2);
    expect(spanOfControl(index, 'rsm')).toBe(2);
    expect(spanOfControl(index, 'rep1')).toBe(0);
  });

  it('puts the top of the organisation at depth zero', () => {
    const index = smallOrg();
    expect(depth(index, 'ceo')).toBe(0);
    expect(depth(index, 'rep1')).toBe(3);
  });

  it('lists the reporting line from the nearest manager up to the top', () => {
    expect(reportingLine(smallOrg(), 'rep1').map((p) => p.id)).toEqual(['rsm', 'cro', 'ceo']);
  });

  it('stops a reporting line at a cycle instead of looping', () => {
    const index = indexPeople([
      makePerson({ id: 'a', managerId: 'b' }),
      makePerson({ id: 'b', managerId: 'c' }),
      makePerson({ id: 'c', managerId: 'a' }),
    ]);
    expect(reportingLine(index, 'a').map((p) => p.id)).toEqual(['b', 'c']);
    expect(descendants(index, 'a').map((p) => p.id).sort()).toEqual(['b', 'c']);
  });

  it('finds the whole subtree below a manager, excluding the manager', () => {
    expect(descendants(smallOrg(), 'cro').map((p) => p.id)).toEqual(['rsm', 'rep2', 'rep1']);
  });

  it('knows who is in whose line', () => {
    const index = smallOrg();
    expect(isInLine(index, 'ceo', 'rep1')).toBe(true);
    expect(isInLine(index, 'cmo', 'rep1')).toBe(false);
    expect(isInLine(index, 'rep1', 'rep1')).toBe(false);
  });

  it('handles a chain of 20,000 people without recursion', () => {
    const parents = Array.from({ length: 20_000 }, (_, i) => (i === 0 ? null : i - 1));
    const index = indexPeople(peopleFromParents(parents));
    expect(descendants(index, 'p0')).toHaveLength(19_999);
    expect(depth(index, 'p19999')).toBe(19_999);
  });
});

// Forests: every person's manager comes earlier in the list, so there are no cycles.
const forestParents = fc
  .array(fc.nat(), { minLength: 1, maxLength: 60 })
  .map((seeds) => seeds.map((seed, i) => (i === 0 || seed % 5 === 0 ? null : seed % i)));

describe('hierarchy properties', () => {
  it('gives every person a depth equal to the length of their reporting line', () => {
    fc.assert(
      fc.property(forestParents, (parents) => {
        const index = indexPeople(peopleFromParents(parents));
        parents.forEach((_, i) => {
          const line = reportingLine(index, `p${i}`);
          expect(depth(index, `p${i}`)).toBe(line.length);
          if (line.length > 0) expect(line[line.length - 1]?.managerId).toBeNull();
        });
      }),
    );
  });

  it('agrees that someone is a descendant exactly when the manager is in their line', () => {
    fc.assert(
      fc.property(forestParents, (parents) => {
        const index = indexPeople(peopleFromParents(parents));
        for (let m = 0; m < parents.length; m += 1) {
          const below = new Set(descendants(index, `p${m}`).map((p) => p.id));
          for (let p = 0; p < parents.length; p += 1) {
            expect(isInLine(index, `p${m}`, `p${p}`)).toBe(below.has(`p${p}`));
          }
        }
      }),
    );
  });

  it('splits a forest into subtrees whose sizes add up to everyone', () => {
    fc.assert(
      fc.property(forestParents, (parents) => {
        const index = indexPeople(peopleFromParents(parents));
        const total = index.roots.reduce((sum, root) => sum + 1 + descendants(index, root.id).length, 0);
        expect(total).toBe(parents.length);
      }),
    );
  });
});

describe('findReportingCycles', () => {
  it('reports a self-manager as a cycle of one', () => {
    expect(findReportingCycles([{ key: 'a', managerKey: 'a' }])).toEqual([['a']]);
  });

  it('reports each cycle once, in manager order, starting with the earliest key', () => {
    const edges = [
      { key: 'x', managerKey: 'c' },
      { key: 'a', managerKey: 'b' },
      { key: 'b', managerKey: 'c' },
      { key: 'c', managerKey: 'a' },
      { key: 'd', managerKey: 'e' },
      { key: 'e', managerKey: 'd' },
      { key: 'f', managerKey: null },
      { key: 'g', managerKey: 'outside' },
    ];
    expect(findReportingCycles(edges)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('finds no cycles in a forest', () => {
    fc.assert(
      fc.property(forestParents, (parents) => {
        const edges = parents.map((parent, i) => ({ key: `p${i}`, managerKey: parent === null ? null : `p${parent}` }));
        expect(findReportingCycles(edges)).toEqual([]);
      }),
    );
  });

  it('finds exactly the keys that can reach themselves, each in one cycle', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(30), { nil: null }), { minLength: 1, maxLength: 30 }), (managers) => {
        const edges = managers.map((m, i) => ({ key: `k${i}`, managerKey: m === null ? null : `k${m}` }));
        const managerOf = new Map(edges.map((e) => [e.key, e.managerKey]));
        const onCycle = (key: string): boolean => {
          let current = managerOf.get(key) ?? null;
          for (let steps = 0; steps <= managers.length && current !== null; steps += 1) {
            if (current === key) return true;
            current = managerOf.get(current) ?? null;
          }
          return false;
        };
        const cycles = findReportingCycles(edges);
        const inCycles = cycles.flat();
        expect(new Set(inCycles).size).toBe(inCycles.length);
        expect(new Set(inCycles)).toEqual(new Set(edges.map((e) => e.key).filter(onCycle)));
        for (const cycle of cycles) {
          cycle.forEach((key, i) => expect(managerOf.get(key)).toBe(cycle[(i + 1) % cycle.length]));
        }
      }),
    );
  });

  it('handles 50,000 keys in a single long cycle', () => {
    const n = 50_000;
    const edges = Array.from({ length: n }, (_, i) => ({ key: `k${i}`, managerKey: `k${(i + 1) % n}` }));
    const cycles = findReportingCycles(edges);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(cycles[0]?.[0]).toBe('k0');
  });
});
