import type { z } from 'zod';
import { round2 } from '../../domain/buyin/aggregate';
import { effectiveMinimum } from '../../domain/buyin/suppression';
import type { blessing, initiativeDetail, pulseResults, pulseSummary } from '../../shared/buyin';
import { resultsPublished } from '../../domain/buyin/publication';
import type { Tx } from '../db/create-db';
import { presentBlessing } from './blessing-presenter';
import { presentPulseSummary, presentResults } from './pulse-presenters';
import { beliefTotals, latestInitiativePulses, loadBuyinSection, type PulseRow } from './pulse-repository';
import { determinantsOf, resultsOfPulse } from './results-of-pulse';

export type PulseSummary = z.infer<typeof pulseSummary>;
export type PulseResults = z.infer<typeof pulseResults>;
export type Blessing = z.infer<typeof blessing>;
export type Determinant = z.infer<typeof initiativeDetail>['determinants'][number];

export interface InitiativeBuyin {
  pulses: PulseSummary[];
  /** Results of the latest initiative pulse (aggregates only), null when it has none. */
  results: PulseResults | null;
  blessings: Blessing[];
  /** The latest organisation pulse's determinants (walls, culture, relationships), shown beside the results. */
  determinants: Determinant[];
  /** Mean overall belief of the latest initiative pulse; null when none or below the reporting minimum. */
  latestBelief: number | null;
}

export interface InitiativeBuyinOptions {
  reportingMinimum: number;
  /** Not needed today: results are the same aggregates for every reader. Kept for a per-reader view later. */
  viewerPersonId: string | null;
  now: Date;
}

/** The buy-in parts with the pulses as rows: the page cache keeps them raw and presents their status per read. */
export type InitiativeBuyinRows = Omit<InitiativeBuyin, 'pulses'> & { pulses: PulseRow[] };

/**
 * The buy-in parts of an initiative's page, read inside the caller's transaction (the page cache's entry calls it).
 * Steady state is one statement (pulses, the latest published organisation pulse, blessings): results of the newest
 * published pulse (domain/buyin/publication) are computed once per pulse and answers version, then served from the
 * results cache.
 */
export async function loadInitiativeBuyinRows(tx: Tx, orgId: string, initiativeId: string, reportingMinimum: number, now: Date): Promise<InitiativeBuyinRows> {
  const minimum = effectiveMinimum(reportingMinimum);
  const { pulses, organisation, blessings } = await loadBuyinSection(tx, orgId, initiativeId, now);
  const latest = pulses.find((p) => resultsPublished(p, now));
  const results = latest ? await resultsOfPulse(tx, orgId, latest, minimum) : null;
  return {
    pulses,
    results: latest && results ? presentResults(latest.id, results) : null,
    blessings: blessings.map(presentBlessing),
    determinants: organisation ? await determinantsOf(tx, orgId, organisation, minimum) : [],
    latestBelief: results?.overallBelief ?? null,
  };
}

/** The same parts with each pulse presented as of `now`. */
export async function loadInitiativeBuyin(tx: Tx, orgId: string, initiativeId: string, options: InitiativeBuyinOptions): Promise<InitiativeBuyin> {
  const rows = await loadInitiativeBuyinRows(tx, orgId, initiativeId, options.reportingMinimum, options.now);
  return { ...rows, pulses: rows.pulses.map((p) => presentPulseSummary(p, options.now)) };
}

/**
 * Mean overall belief of each initiative's latest pulse (null when none or under the minimum), for lists: two
 * queries whatever the number of initiatives. It matches the page's results, which always show the total once it
 * reaches the minimum.
 */
export async function loadLatestBeliefs(tx: Tx, orgId: string, initiativeIds: readonly string[], reportingMinimum: number, now: Date): Promise<Map<string, number | null>> {
  const minimum = effectiveMinimum(reportingMinimum);
  const beliefs = new Map<string, number | null>(initiativeIds.map((id) => [id, null]));
  const latest = (await latestInitiativePulses(tx, orgId, initiativeIds, now)).filter((l) => l.pulseId !== null);
  const totals = await beliefTotals(tx, orgId, latest.map((l) => l.pulseId as string));
  for (const l of latest) {
    const total = totals.get(l.pulseId as string);
    if (total && total.n >= minimum && total.belief !== null) beliefs.set(l.id, round2(total.belief));
  }
  return beliefs;
}
