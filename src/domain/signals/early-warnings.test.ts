import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../common/random';
import { earlyWarnings, wilsonInterval } from './early-warnings';
import type { SeriesKey, WeeklySeries } from './indicator-series';
import { poisson } from './synthetic/synthetic-history';
import { addWeeks } from './weeks';

const weeks = Array.from({ length: 40 }, (_, i) => addWeeks('2026-01-05', i));
const countSeries = (values: number[], key: Partial<SeriesKey> = {}): WeeklySeries => ({
  key: { indicator: 'cross_contacts', scope: 'unit', unit: 'EMEA', ...key },
  weeks: weeks.slice(0, values.length),
  numerators: values,
  denominators: values.map(() => 1),
});
const ratioSeries = (numerators: number[], denominators: number[]): WeeklySeries => ({
  key: { indicator: 'unanswered_marketing_to_sales', scope: 'level', level: 'middle' },
  weeks: weeks.slice(0, numerators.length),
  numerators,
  denominators,
});

describe('trend breaks', () => {
  it('flags a drop in contacts at the week the recent window first clears k, with its evidence and rows', () => {
    const values = [...new Array<number>(20).fill(40), ...new Array<number>(20).fill(10)];
    const [warning, ...rest] = earlyWarnings([countSeries(values)]);
    expect(rest).toEqual([]);
    // Week 20's window (40, 40, 40, 10) is down only 19%, under the 30% minimum change; week 21's is down 37.5%.
    expect(warning).toMatchObject({ type: 'break', firstWeek: weeks[21], lastWeek: expect.any(String) });
    expect(warning?.evidence).toMatchObject({ recentWeeks: [weeks[18], weeks[21]], baselineWeeks: [weeks[6], weeks[17]], baselineValue: 40, recentValue: 25 });
    expect(warning?.evidence.z).toBeCloseTo((25 - 40) / Math.sqrt(40 / 4), 12);
    expect(warning?.rows).toEqual({ indicator: 'cross_contacts', scope: 'unit', unit: 'EMEA', fromWeek: weeks[6], toWeek: warning?.lastWeek });
  });

  it('ignores a rise in contacts (not the bad direction) and a drop smaller than the minimum relative change', () => {
    expect(earlyWarnings([countSeries([...new Array<number>(20).fill(10), ...new Array<number>(20).fill(40)])])).toEqual([]);
    expect(earlyWarnings([countSeries([...new Array<number>(20).fill(1000), ...new Array<number>(20).fill(800)])])).toEqual([]);
  });

  it('raises nothing on pure Poisson noise in most series (k = 4 controls the many weekly tests)', () => {
    const random = seededRandom(5);
    const series = Array.from({ length: 200 }, (_, i) => countSeries(weeks.map(() => poisson(random, 3 + (i % 7))), { unit: `u${i}` }));
    expect(earlyWarnings(series).length).toBeLessThanOrEqual(4);
  });

  it('flags a rise in unanswered outreach from pooled proportions, and needs enough events', () => {
    const denominators = new Array<number>(30).fill(20);
    const numerators = [...new Array<number>(20).fill(2), ...new Array<number>(10).fill(12)];
    const warnings = earlyWarnings([ratioSeries(numerators, denominators)], { thresholds: {} });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.evidence.baselineValue).toBeCloseTo(0.1, 12);
    expect(earlyWarnings([ratioSeries(numerators.map((n) => n / 10), denominators.map(() => 1))], { thresholds: {} })).toEqual([]);
  });

  it('never warns on a constant series, and every warning it raises is well formed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 16, maxLength: 40 }), (level, values) => {
        expect(earlyWarnings([countSeries(new Array<number>(30).fill(level))])).toEqual([]);
        for (const warning of earlyWarnings([countSeries(values)])) {
          expect(warning.firstWeek <= warning.lastWeek).toBe(true);
          expect(warning.evidence.recentWeeks[1]).toBe(warning.firstWeek);
          expect(warning.rows.fromWeek <= warning.firstWeek).toBe(true);
          expect(Math.abs(warning.evidence.z ?? 0)).toBeGreaterThanOrEqual(4);
          expect(warning.evidence.recentValue).toBeLessThan(warning.evidence.baselineValue ?? Infinity);
        }
      }),
    );
  });

  it('merges flagged weeks separated by short gaps into one warning', () => {
    const values = [...new Array<number>(20).fill(40), 5, 5, 5, 5, 40, 40, 5, 5, 5, 5];
    expect(earlyWarnings([countSeries(values)])).toHaveLength(1);
  });
});

describe('thresholds', () => {
  it('warns when the whole 95% interval of the recent ratio is beyond the threshold', () => {
    const series = ratioSeries([...new Array<number>(8).fill(1), 15, 15, 15, 15], [...new Array<number>(8).fill(20), 20, 20, 20, 20]);
    const warnings = earlyWarnings([series], { thresholds: { unanswered_marketing_to_sales: 0.5 } }).filter((w) => w.type === 'threshold');
    expect(warnings).toHaveLength(1);
    // Week 10's window is 46/80 = 0.575 with a Wilson low of 0.466; week 11's is 60/80.
    expect(warnings[0]).toMatchObject({ firstWeek: weeks[11], evidence: { threshold: 0.5, baselineWeeks: null } });
  });

  it('does not warn on a small window whose interval still reaches below the threshold', () => {
    const series = ratioSeries([0, 0, 2, 2, 2], [2, 2, 2, 2, 2]);
    expect(earlyWarnings([series], { thresholds: { unanswered_marketing_to_sales: 0.5 }, minDenominator: 5 })).toEqual([]);
  });

  it('computes Wilson intervals that hold the observed share and stay in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), ([k, n]) => {
        const [low, high] = wilsonInterval(k, n);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});
