import { performance } from 'node:perf_hooks';
import { requireRole, type UseCaseContext } from '../actor';
import { rebuildRollups as rebuildInTx, type RebuildCounts } from './rollups-repository';

/**
 * Recomputes both rollups of the actor's org from its raw events, in one transaction (readers see the old rollups
 * until it commits). For recovery, and after people change function, level or region: rollups keep what people were
 * when each event was ingested, a rebuild applies what they are now.
 */
export async function rebuildRollups(context: UseCaseContext): Promise<RebuildCounts & { seconds: number }> {
  const { db, actor } = context;
  requireRole(actor, ['admin', 'analyst'], 'rebuild the signal rollups');
  const started = performance.now();
  const counts = await db.withOrg(actor.orgId, (tx) => rebuildInTx(tx, actor.orgId));
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}
