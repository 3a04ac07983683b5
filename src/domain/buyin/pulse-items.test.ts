import { describe, expect, it } from 'vitest';
import { COMPONENT_MEASURES, DETERMINANT_MEASURES, INITIATIVE_PULSE_ITEMS, ORGANISATION_PULSE_ITEMS, pulseItemsFor } from './pulse-items';

describe('pulse items', () => {
  it('asks two items for each of the four components, mapped to their buyin code ids', () => {
    for (const component of COMPONENT_MEASURES) {
      const items = INITIATIVE_PULSE_ITEMS.filter((i) => i.measure === component);
      expect(items).toHaveLength(2);
      expect(items.every((i) => i.codeId === `buyin.${component}`)).toBe(true);
    }
  });

  it('asks about belief and readiness without a code id, because they are outcomes and not DOMAIN constructs', () => {
    for (const outcome of ['belief', 'readiness'] as const) {
      const items = INITIATIVE_PULSE_ITEMS.filter((i) => i.measure === outcome);
      expect(items.length).toBeGreaterThanOrEqual(1);
      expect(items.length).toBeLessThanOrEqual(2);
      expect(items.every((i) => i.codeId === null)).toBe(true);
    }
  });

  it('asks the organisation pulse two items each on walls, culture and relationships', () => {
    expect(ORGANISATION_PULSE_ITEMS).toHaveLength(6);
    for (const determinant of DETERMINANT_MEASURES) {
      expect(ORGANISATION_PULSE_ITEMS.filter((i) => i.measure === determinant && i.codeId === `buyin.${determinant}`)).toHaveLength(2);
    }
  });

  it('keeps item ids unique and texts short enough for a phone', () => {
    for (const kind of ['initiative', 'organisation'] as const) {
      const items = pulseItemsFor(kind);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(Math.max(...items.map((i) => i.text.length))).toBeLessThanOrEqual(70);
    }
  });
});
