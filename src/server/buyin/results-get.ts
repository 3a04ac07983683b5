import type { ResultsFilter } from '../../domain/buyin/aggregate-results';
import { effectiveMinimum } from '../../domain/buyin/suppression';
import type { UseCaseContext } from '../actor';
import { resultsPublished } from '../../domain/buyin/publication';
import { conflict, notFound } from '../errors';
import { findOrg } from '../org/orgs-repository';
import type { PulseResults } from './initiative-results';
import { requirePulse } from './pulse-get';
import { presentResults } from './pulse-presenters';
import { resultsOfPulse } from './results-of-pulse';

/**
 * A pulse's results for anyone in the org: aggregates only, every cell and filter held to the reporting minimum.
 * A filter that would isolate fewer than the minimum is refused (INVALID_INPUT). Results are published when the pulse
 * closes (CONFLICT before that), so that they never move with one person's answer.
 */
export async function getPulseResults({ db, actor }: UseCaseContext, pulseId: string, filter: ResultsFilter, now = new Date()): Promise<PulseResults> {
  return db.withOrg(actor.orgId, async (tx) => {
    const org = await findOrg(tx, actor.orgId);
    if (!org) throw notFound('Your organisation');
    const pulse = await requirePulse(tx, actor.orgId, pulseId);
    if (!resultsPublished(pulse, now)) {
      throw conflict(
        `Results are published when the pulse closes (${pulse.closesAt.toISOString().slice(0, 16).replace('T', ' ')} UTC) or is closed early: while it is open they would move with each answer and could give one away.`,
      );
    }
    return presentResults(pulse.id, await resultsOfPulse(tx, actor.orgId, pulse, effectiveMinimum(org.reportingMinimum), filter));
  });
}
