import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTION_SYNONYMS, LEVEL_SYNONYMS, parseActive, parseFunction, parseLevel } from './people-values';
import { FUNCTIONS, LEVELS } from './types';

describe('parseFunction', () => {
  it.each([
    ['sales', 'sales'],
    ['Field Sales', 'sales'],
    ['MARKETING', 'marketing'],
    ['Mktg', 'marketing'],
    ['Product Marketing', 'marketing'],
    ['Other', 'other'],
    ['HR', 'other'],
    ['Finance', 'other'],
    ['Operations', 'other'],
    ['  revenue_operations ', 'other'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parseFunction(text)).toBe(expected);
  });

  it('returns null for text it does not recognise', () => {
    expect(parseFunction('Astrology')).toBeNull();
    expect(parseFunction('')).toBeNull();
  });
});

describe('parseLevel', () => {
  it.each([
    ['senior', 'senior'],
    ['Executive', 'senior'],
    ['exec', 'senior'],
    ['Leadership', 'senior'],
    ['VP', 'senior'],
    ['C-Level', 'senior'],
    ['middle', 'middle'],
    ['Manager', 'middle'],
    ['management', 'middle'],
    ['Mid', 'middle'],
    ['Senior Manager', 'middle'],
    ['frontline', 'frontline'],
    ['Front Line', 'frontline'],
    ['front-line', 'frontline'],
    ['Individual Contributor', 'frontline'],
    ['IC', 'frontline'],
    ['field', 'frontline'],
    ['6 Manager', 'middle'],
    ['8 Individual Contributor', 'frontline'],
    ['4 Vice President', 'senior'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parseLevel(text)).toBe(expected);
  });

  it('does not guess the level of a director, whose responsibilities decide it', () => {
    expect(parseLevel('Director')).toBeNull();
    expect(parseLevel('5 Director')).toBeNull();
  });
});

describe('parseActive', () => {
  it.each([
    ['', true],
    ['Yes', true],
    ['true', true],
    ['1', true],
    ['Active', true],
    ['On Leave', true],
    ['no', false],
    ['FALSE', false],
    ['0', false],
    ['Inactive', false],
    ['Terminated', false],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parseActive(text)).toBe(expected);
  });

  it('returns null for a status it does not recognise', () => {
    expect(parseActive('maybe')).toBeNull();
  });
});

describe('value parsing properties', () => {
  const noise = (text: string) =>
    fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ')).map(([upper, before, after]) => `${before}${upper ? text.toUpperCase() : text}${after}`);

  it('reads every function id and synonym whatever its case and surrounding spaces', () => {
    const cases = FUNCTIONS.flatMap((fn) => [fn, ...FUNCTION_SYNONYMS[fn]].map((text) => [fn, text] as const));
    fc.assert(
      fc.property(fc.constantFrom(...cases).chain(([fn, text]) => noise(text).map((noisy) => [fn, noisy] as const)), ([fn, noisy]) => {
        expect(parseFunction(noisy)).toBe(fn);
      }),
    );
  });

  it('reads every level id and synonym whatever its case and surrounding spaces', () => {
    const cases = LEVELS.flatMap((level) => [level, ...LEVEL_SYNONYMS[level]].map((text) => [level, text] as const));
    fc.assert(
      fc.property(fc.constantFrom(...cases).chain(([level, text]) => noise(text).map((noisy) => [level, noisy] as const)), ([level, noisy]) => {
        expect(parseLevel(noisy)).toBe(level);
      }),
    );
  });

  it('always returns a known value or null, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect([...FUNCTIONS, null]).toContain(parseFunction(text));
        expect([...LEVELS, null]).toContain(parseLevel(text));
        expect([true, false, null]).toContain(parseActive(text));
      }),
    );
  });
});
