import type { z } from 'zod';
import type { blessing, initiativeDetail, pulseResults, pulseSummary } from '../../shared/buyin';
import type { Tx } from '../db/create-db';

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
  viewerPersonId: string | null;
  now: Date;
}

/**
 * The buy-in parts of an initiative's page, read inside the caller's transaction (H1a's get-initiative calls it).
 * Steady state is two small queries: results are computed once per pulse and answer version and then cached.
 */
export async function loadInitiativeBuyin(
  _tx: Tx,
  _orgId: string,
  _initiativeId: string,
  _options: InitiativeBuyinOptions,
): Promise<InitiativeBuyin> {
  // Filled in once the pulse tables exist; the shape above is the contract.
  return { pulses: [], results: null, blessings: [], determinants: [], latestBelief: null };
}
