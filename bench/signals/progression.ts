/**
 * How long the progression answer takes for an org of 60 units × 52 (and 104) weeks: both methods per unit with 499
 * surrogates, 499 permutations and 500 bootstrap draws, as GET /api/signals/progression computes them on a cache miss.
 * Run: npx tsx bench/signals/progression.ts [--units 60]
 */
import { seededRandom } from '../../src/domain/common/random';
import type { WeeklySeries } from '../../src/domain/signals/indicator-series';
import { addWeeks } from '../../src/domain/signals/weeks';
import { analyseUnit } from '../../src/server/signals/progression/unit-analysis';

const units = Number(process.argv[process.argv.indexOf('--units') + 1] ?? 60) || 60;

function orgSeries(unitCount: number, weekCount: number): WeeklySeries[] {
  const random = seededRandom(42);
  const weeks = Array.from({ length: weekCount }, (_, i) => addWeeks('2025-01-06', i));
  const series: WeeklySeries[] = [];
  for (let u = 0; u < unitCount; u += 1) {
    const unit = `Unit ${u}`;
    const onset = u % 3 === 0 ? Math.floor(weekCount * 0.6) : weekCount;
    const make = (indicator: WeeklySeries['key']['indicator'], value: (t: number) => [number, number]): WeeklySeries => {
      const pairs = weeks.map((_, t) => value(t));
      return { key: { indicator, scope: 'unit', unit }, weeks, numerators: pairs.map((p) => p[0]), denominators: pairs.map((p) => p[1]) };
    };
    series.push(make('cross_contacts', (t) => [(t >= onset ? 4 : 20) + random.int(0, 6), 1]));
    series.push(make('promises_broken', () => [random.int(0, 2), 3]));
    series.push(make('conflict_incidents', (t) => [(t >= onset + 6 ? 2 : 0) + (random.chance(0.1) ? 1 : 0), 1]));
  }
  return series;
}

for (const weekCount of [52, 104]) {
  const series = orgSeries(units, weekCount);
  const started = performance.now();
  let detected = 0;
  for (let u = 0; u < units; u += 1) if (analyseUnit(`Unit ${u}`, 10, series).view.earliest?.dysfunction) detected += 1;
  const ms = performance.now() - started;
  console.log(`${units} units × ${weekCount} weeks: ${Math.round(ms)} ms (${(ms / units).toFixed(1)} ms per unit); earliest named in ${detected} units (planted in ${Math.ceil(units / 3)})`);
}
