import { setImmediate as nextTurn } from 'node:timers/promises';
import { effectiveMinimum } from '../../../domain/dysfunction/suppression';
import type { ProgressionQuery, ProgressionView, UnitProgressionDetail } from '../../../shared/signals-progression';
import { requireRole, type UseCaseContext } from '../../actor';
import { SIGNAL_READER_ROLES } from '../../dysfunction/access';
import { notFound } from '../../errors';
import { loadSignalInputs, weeklySeriesOf, type SignalInputs } from '../series/load-signal-inputs';
import { analysisWindow, type AnalysisWindow } from './analysis-window';
import { TtlCache } from '../../cache/ttl-cache';
import { readStampShared } from '../stamp-reader';
import { analyseUnit, MAX_LAG, suppressedUnit, type UnitAnalysis } from './unit-analysis';

interface Computed {
  window: AnalysisWindow;
  minimum: number;
  units: UnitAnalysis[];
  computeMs: number;
}

/**
 * 499 surrogates per ordered pair and unit take tens of milliseconds per unit, so an org's whole answer is kept for a
 * few minutes per (org, weeks, asOf day, reporting minimum). New events show up when the entry expires.
 */
const cache = new TtlCache<Computed>(5 * 60_000, 64);

const METHOD =
  `Two methods per unit on the weekly scores: lagged cross-correlation of week-to-week changes (lags 1–${MAX_LAG}, phase-randomised surrogates, Bonferroni over six ordered pairs, ` +
  'moving-block bootstrap interval) and onset ordering (upward mean shifts, permutation test, bootstrap onset intervals, precedence at 95%).';

export async function getProgression(context: UseCaseContext, query: ProgressionQuery, now: Date): Promise<ProgressionView> {
  const { computed, hit } = await computedFor(context, query, now);
  return {
    asOf: computed.window.asOf,
    fromWeek: computed.window.fromWeek,
    toWeek: computed.window.toWeek,
    weeks: computed.window.weeks,
    minimum: computed.minimum,
    units: computed.units.map((unit) => unit.view),
    method: METHOD,
    computeMs: hit ? 0 : computed.computeMs,
    cached: hit,
  };
}

export async function getUnitProgression(context: UseCaseContext, unit: string, query: ProgressionQuery, now: Date): Promise<UnitProgressionDetail> {
  const { computed } = await computedFor(context, query, now);
  const found = computed.units.find((one) => one.view.unit === unit);
  if (!found) throw notFound(`Unit "${unit}"`);
  return { asOf: computed.window.asOf, minimum: computed.minimum, unit: found.view, indicators: found.view.suppressed ? null : found.indicators };
}

async function computedFor(context: UseCaseContext, query: ProgressionQuery, now: Date): Promise<{ computed: Computed; hit: boolean }> {
  const { db, actor } = context;
  requireRole(actor, SIGNAL_READER_ROLES, 'see the progression of dysfunctions');
  const window = analysisWindow(query.weeks, query.asOf, now);
  // The signals revision in the key: a new batch, rebuild or people change is seen at once; the TTL bounds the rest.
  const stamp = await readStampShared(db, actor.orgId);
  const minimum = effectiveMinimum(stamp.reportingMinimum ?? 5);
  const key = [actor.orgId, stamp.revision, window.weeks, window.asOf, minimum].join('|');
  const hit = cache.has(key);
  const value = await cache.get(key, async () => {
    const inputs = await db.withOrg(actor.orgId, (tx) => loadSignalInputs(tx, actor.orgId, { fromWeek: window.fromWeek, toWeek: window.toWeek, now: window.now }));
    return analyseOrg(inputs, window, minimum);
  });
  return { computed: value, hit };
}

/** Every unit of the org, suppressed below the reporting minimum; yields between units so other requests are served. */
async function analyseOrg(inputs: SignalInputs, window: AnalysisWindow, minimum: number): Promise<Computed> {
  const started = performance.now();
  const series = weeklySeriesOf(inputs);
  const sizes = new Map<string, number>();
  for (const person of inputs.people) sizes.set(person.unit, (sizes.get(person.unit) ?? 0) + 1);
  const units: UnitAnalysis[] = [];
  for (const [unit, people] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) {
    units.push(people < minimum ? suppressedUnit(unit, minimum) : analyseUnit(unit, people, series));
    await nextTurn();
  }
  return { window, minimum, units, computeMs: Math.round(performance.now() - started) };
}
