import { effectiveMinimum } from '../../../domain/dysfunction/suppression';
import type { NetworkQuery, NetworkView } from '../../../shared/signals-network';
import { NETWORK_WINDOW_DAYS } from '../../../shared/signals-network';
import { requireRole, type UseCaseContext } from '../../actor';
import { SIGNAL_READER_ROLES, todayOf } from '../../dysfunction/access';
import { invalidInput } from '../../errors';
import { allPeople } from '../../org/people-repository';
import { computeNetwork, type ComputedNetwork } from './compute-network';
import { TtlCache } from '../../cache/ttl-cache';
import { readStampShared } from '../stamp-reader';
import { pairTotalsInWindow } from './network-repository';
import { presentNetwork } from './present-network';

const DAY_MS = 86_400_000;

/**
 * Computed networks per (org, window, last day), before filters: every filter of one view is served by one
 * computation. 60 s keeps a page's refreshes cheap while new events show within a minute; the cap bounds memory.
 * Later: key on the org's signals revision as well, so a fresh ingest is seen at once.
 */
export const networkCache = new TtlCache<ComputedNetwork>(60_000, 16);

/** The cross-functional network (`linkage.social`) from the pair rollup, per level, narrowed by level and function. */
export async function getNetwork({ db, actor }: UseCaseContext, query: Partial<NetworkQuery>, now = new Date()): Promise<NetworkView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see the cross-functional network');
  const windowDays = query.windowDays ?? NETWORK_WINDOW_DAYS.default;
  const today = todayOf(now);
  const asOf = query.asOf ?? today;
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
  if (Number.isNaN(asOfMs) || new Date(asOfMs).toISOString().slice(0, 10) !== asOf) throw invalidInput(`asOf must be a calendar date like 2026-03-01; ${asOf} is not one.`);
  if (asOf > today) throw invalidInput(`asOf (${asOf}) is in the future; the latest day is today, ${today}.`);
  const { orgId } = actor;
  // The signals revision in the key: a new batch, rebuild or people change is seen at once; the TTL bounds the rest.
  const stamp = await readStampShared(db, orgId);
  const minimum = stamp.reportingMinimum ?? 5;
  const computed = await networkCache.get(`${orgId}|${stamp.revision}|${windowDays}|${asOf}`, () =>
    db.withOrg(orgId, async (tx) => {
      const afterDay = new Date(asOfMs - windowDays * DAY_MS).toISOString().slice(0, 10);
      const rows = await pairTotalsInWindow(tx, orgId, { afterDay, lastDay: asOf });
      return computeNetwork(await allPeople(tx, orgId), rows, { asOf, windowDays });
    }),
  );
  return presentNetwork(computed, { level: query.level, function: query.function }, effectiveMinimum(minimum));
}
