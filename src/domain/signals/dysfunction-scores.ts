/**
 * Weekly scores of the three dysfunctions per unit, from the indicator series, as input for `detectProgression`.
 * Each is a trailing mean over `smoothingWeeks` (default 1: raw weeks, which the permutation tests need; a longer
 * span delays all three alike):
 * - communication paucity: the share of the unit's usual cross-function contact that is missing,
 *   max(0, 1 − contacts / median weekly contacts of the whole series);
 * - lack of collaboration: the share of support promises not kept (0 in windows without requests);
 * - overt conflict: incidents per week.
 */
import type { UnitDysfunctionSeries } from './progression';
import type { WeeklySeries } from './indicator-series';
import { quantile } from './statistics';

export function unitDysfunctionSeries(series: readonly WeeklySeries[], options: { smoothingWeeks?: number } = {}): UnitDysfunctionSeries[] {
  const span = options.smoothingWeeks ?? 1;
  const unitSeries = (indicator: WeeklySeries['key']['indicator'], unit: string) =>
    series.find((one) => one.key.scope === 'unit' && one.key.indicator === indicator && one.key.unit === unit);
  const units = [...new Set(series.filter((one) => one.key.scope === 'unit' && one.key.indicator === 'cross_contacts').map((one) => one.key.unit as string))].sort();
  return units.map((unit) => {
    const contacts = unitSeries('cross_contacts', unit) as WeeklySeries;
    const weeks = contacts.weeks;
    const usual = Math.max(1, quantile(contacts.numerators, 0.5));
    const promises = unitSeries('promises_broken', unit);
    const incidents = unitSeries('conflict_incidents', unit);
    const trailing = (numerators: readonly number[] | undefined, denominators: readonly number[] | undefined, t: number) => {
      let numerator = 0;
      let denominator = 0;
      for (let i = Math.max(0, t - span + 1); i <= t; i += 1) {
        numerator += numerators?.[i] ?? 0;
        denominator += denominators?.[i] ?? 0;
      }
      return denominator === 0 ? 0 : numerator / denominator;
    };
    const ones = weeks.map(() => 1);
    return {
      unit,
      weeks: [...weeks],
      scores: {
        communication_paucity: weeks.map((_, t) => Math.max(0, 1 - trailing(contacts.numerators, ones, t) / usual)),
        lack_of_collaboration: weeks.map((_, t) => trailing(promises?.numerators, promises?.denominators, t)),
        overt_conflict: weeks.map((_, t) => trailing(incidents?.numerators, ones, t)),
      },
    };
  });
}
