import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_REGIONS, generateDemoOrg } from './demo';
import { emailSlug } from './demo-names';
import { findReportingCycles } from './hierarchy';
import { FUNCTIONS, LEVELS, type PersonRecord } from './types';

function spans(people: PersonRecord[]): number[] {
  const reports = new Map<string, number>();
  for (const person of people) if (person.managerEmail) reports.set(person.managerEmail, (reports.get(person.managerEmail) ?? 0) + 1);
  return [...reports.values()];
}

function share(people: PersonRecord[], fn: PersonRecord['function']): number {
  return people.filter((p) => p.function === fn).length / people.length;
}

describe('generateDemoOrg', () => {
  it('gives the same organisation for the same size and seed', () => {
    expect(generateDemoOrg({ people: 500, seed: 7 })).toEqual(generateDemoOrg({ people: 500, seed: 7 }));
  });

  it('gives a different organisation for a different seed', () => {
    const a = generateDemoOrg({ people: 500, seed: 7 });
    const b = generateDemoOrg({ people: 500, seed: 8 });
    expect(a.people.map((p) => p.email)).not.toEqual(b.people.map((p) => p.email));
  });

  it('names the organisation and derives its e-mail domain from the name', () => {
    const { orgName, people } = generateDemoOrg({ people: 20, seed: 3 });
    const domain = people[0]?.email.split('@')[1];
    expect(orgName).toMatch(/^[A-Z]/);
    expect(domain).toMatch(/^[a-z0-9-]+-demo\.example$/);
    expect(orgName.toLowerCase().replace(/[^a-z0-9]+/g, '-')).toContain(domain?.replace('-demo.example', ''));
    expect(people.every((p) => p.email.endsWith(`@${domain}`))).toBe(true);
  });

  it('puts a CEO at the top with a sales leader and a marketing leader reporting to them, even for 10 people', () => {
    const { people } = generateDemoOrg({ people: 10, seed: 1 });
    const [ceo] = people;
    expect(ceo).toMatchObject({ function: 'other', level: 'senior', managerEmail: null, region: null });
    const topTeam = people.filter((p) => p.managerEmail === ceo?.email);
    expect(topTeam.map((p) => [p.function, p.level])).toEqual(
      expect.arrayContaining([
        ['sales', 'senior'],
        ['marketing', 'senior'],
      ]),
    );
  });

  it('splits people roughly 60% sales, 30% marketing and 10% other', () => {
    const { people } = generateDemoOrg({ people: 5_000, seed: 11 });
    expect(share(people, 'sales')).toBeGreaterThan(0.55);
    expect(share(people, 'sales')).toBeLessThan(0.63);
    expect(share(people, 'marketing')).toBeGreaterThan(0.25);
    expect(share(people, 'marketing')).toBeLessThan(0.32);
    expect(share(people, 'other')).toBeGreaterThan(0.05);
    expect(share(people, 'other')).toBeLessThanOrEqual(0.11);
  });

  it('gives frontline and regional sales people a region from the demo regions', () => {
    const { people } = generateDemoOrg({ people: 2_000, seed: 5 });
    const regional = people.filter((p) => p.level === 'frontline' || (p.function === 'sales' && p.level === 'middle'));
    expect(regional.filter((p) => !(DEMO_REGIONS as readonly (string | null)[]).includes(p.region))).toEqual([]);
    expect(new Set(people.map((p) => p.region)).size).toBeGreaterThan(5);
  });

  it('generates 100,000 people with unique e-mails and every manager listed first', () => {
    const { people } = generateDemoOrg({ people: 100_000, seed: 2026 });
    expect(people).toHaveLength(100_000);
    const seen = new Set<string>();
    const managersNotYetListed: string[] = [];
    for (const person of people) {
      if (person.managerEmail !== null && !seen.has(person.managerEmail)) managersNotYetListed.push(person.managerEmail);
      seen.add(person.email);
    }
    expect(managersNotYetListed).toEqual([]);
    expect(seen.size).toBe(100_000);
  }, 30_000);

  it('refuses a negative or fractional number of people', () => {
    expect(() => generateDemoOrg({ people: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateDemoOrg({ people: 2.5, seed: 1 })).toThrow(RangeError);
    expect(generateDemoOrg({ people: 0, seed: 1 }).people).toEqual([]);
  });

  it('turns names into e-mail-safe slugs', () => {
    expect(emailSlug('Sørensen')).toBe('sorensen');
    expect(emailSlug("O'Brien")).toBe('obrien');
    expect(emailSlug('van der Berg')).toBe('vanderberg');
    expect(emailSlug('Wójcik')).toBe('wojcik');
  });
});

describe('generateDemoOrg properties', () => {
  const sizeAndSeed = fc.record({ people: fc.integer({ min: 1, max: 400 }), seed: fc.integer() });

  it('always has exactly the requested number of people, with unique e-mails and valid values', () => {
    fc.assert(
      fc.property(sizeAndSeed, (options) => {
        const { people } = generateDemoOrg(options);
        expect(people).toHaveLength(options.people);
        expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
        const invalid = people.filter(
          (p) =>
            !FUNCTIONS.includes(p.function) ||
            !LEVELS.includes(p.level) ||
            !/^[a-z0-9-]+\.[a-z0-9-]+\d*@[a-z0-9-]+-demo\.example$/.test(p.email) ||
            p.name.length < 3 ||
            !p.title,
        );
        expect(invalid).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('has one top, managers who all exist and come first, and no reporting cycles', () => {
    fc.assert(
      fc.property(sizeAndSeed, (options) => {
        const { people } = generateDemoOrg(options);
        const position = new Map(people.map((p, i) => [p.email, i]));
        expect(people.filter((p) => p.managerEmail === null)).toHaveLength(1);
        people.forEach((person, i) => {
          if (person.managerEmail !== null) expect(position.get(person.managerEmail)).toBeLessThan(i);
        });
        expect(findReportingCycles(people.map((p) => ({ key: p.email, managerKey: p.managerEmail })))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('has both functions at all three levels from 60 people up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 3_000 }), fc.integer(), (size, seed) => {
        const { people } = generateDemoOrg({ people: size, seed });
        for (const fn of ['sales', 'marketing'] as const) {
          for (const level of LEVELS) expect(people.some((p) => p.function === fn && p.level === level)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps most spans of control between 3 and 12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 3_000 }), fc.integer(), (size, seed) => {
        const all = spans(generateDemoOrg({ people: size, seed }).people);
        expect(all.filter((span) => span >= 3 && span <= 12).length / all.length).toBeGreaterThan(0.8);
      }),
      { numRuns: 40 },
    );
  });

  it('gives middle managers and frontline people the function of their manager, and senior people only at the top', () => {
    fc.assert(
      fc.property(sizeAndSeed, (options) => {
        const { people } = generateDemoOrg(options);
        const byEmail = new Map(people.map((p) => [p.email, p]));
        for (const person of people) {
          const manager = person.managerEmail === null ? undefined : byEmail.get(person.managerEmail);
          if (person.level !== 'senior' && manager && manager.function !== 'other') expect(person.function).toBe(manager.function);
          if (person.level === 'senior' && manager) expect(manager.level).toBe('senior');
        }
      }),
      { numRuns: 60 },
    );
  });
});
