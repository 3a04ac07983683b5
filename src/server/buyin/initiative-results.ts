import type { z } from 'zod';
import { round2 } from '../../domain/buyin/aggregate';
import { effectiveMinimum } from '../../domain/buyin/suppression';
import type { blessing, initiativeDetail, pulseResults, pulseSummary } from '../../shared/buyin';
import { resultsPublished } from '../../domain/buyin/publication';
import type { Tx } from '../db/create-db';
import { presentBlessing } from './blessing-presenter';
import { presentPulseSummary, presentResults } from './pulse-presenters';
import { beliefTotals, latestInitiativePulses, loadBuyinSection } from './pulse-repository';
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

/**
 * The buy-in parts of an initiative's page, read inside the caller's transaction (H1a's get-initiative calls it).
 * Steady state is one statement (pulses, the latest organisation pulse, blessings): results are computed once per
 * pulse and answers version, then served from the results cache.
 */
export async function loadInitiativeBuyin(tx: Tx, orgId: string, initiativeId: string, options: InitiativeBuyinOptions): Promise<InitiativeBuyin> {
  const minimum = effectiveMinimum(options.reportingMinimum);
  const { pulses, organisation, blessings } = await loadBuyinSection(tx, orgId, initiativeId, options.now);
  const latest = pulses.find((p) => resultsPublished(p, options.now));
  const results = latest ? await resultsOfPulse(tx, orgId, latest, minimum) : null;
  const determinants = organisation ? await determinantsOf(tx, orgId, organisation, minimum) : [];
  return {
    pulses: pulses.map((p) => presentPulseSummary(p, options.now)),
    results: latest && results ? presentResults(latest.id, results) : null,
    blessings: blessings.map(presentBlessing),
    determinants,
    latestBelief: results?.overallBelief ?? null,
  };
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
