import { describe, expect, it } from 'vitest';
import { countRates, promiseRates, type RateInput } from './promise-rates';
import type { SupportStatus } from './support-requests';

const item = (status: SupportStatus, askedKey: string, unit: string | null, level: string | null = 'middle'): RateInput => ({ status, askedKey, function: 'marketing', level, unit });

describe('promise-keeping rates', () => {
  it('counts kept, late and overdue promises and the answer rate', () => {
    const counts = countRates([
      item('delivered_on_time', 'a', 'North'),
      item('delivered_on_time', 'a', 'North'),
      item('delivered_late', 'b', 'North'),
      item('overdue', 'c', 'North'),
      item('promised', 'c', 'North'),
      item('declined', 'd', 'North'),
      item('ignored', 'e', 'North'),
      item('awaiting_response', 'e', 'North'),
    ]);
    expect(counts).toMatchObject({ requests: 8, promised: 5, keptOnTime: 2, deliveredLate: 1, overdue: 1, declined: 1, ignored: 1, awaiting: 1 });
    expect(counts.keepingRate).toBeCloseTo(2 / 4);
    expect(counts.responseRate).toBeCloseTo(6 / 7);
  });

  it('has no rate when no promise has come due', () => {
    expect(countRates([item('promised', 'a', null)]).keepingRate).toBeNull();
  });

  it('groups by unit with "(none)" last, hides small groups and one more so the total cannot give them back', () => {
    const items = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((key) => item('delivered_on_time', key, 'North')),
      ...['g', 'h', 'i', 'j', 'k'].map((key) => item('delivered_late', key, 'South')),
      ...['l', 'm'].map((key) => item('overdue', key, null)),
    ];
    const table = promiseRates(items, 'unit', 5);
    expect(table.groups.map((g) => [g.group, g.suppressed])).toEqual([
      ['North', false],
      ['South', true],
      ['(none)', true],
    ]);
    expect(table.groups[1]).toMatchObject({ counts: null, people: null });
    expect(table.total?.requests).toBe(13);
  });

  it('hides the total too when the whole population is small', () => {
    const table = promiseRates([item('delivered_on_time', 'a', 'North'), item('overdue', 'b', 'North')], 'level', 5);
    expect(table.total).toBeNull();
    expect(table.groups[0]?.suppressed).toBe(true);
  });
});
