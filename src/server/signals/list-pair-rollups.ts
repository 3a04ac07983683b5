import type { PairDayRollupRow } from '../../domain/signals/rollup-types';
import { limits } from '../../shared/limits';
import { requireRole, type UseCaseContext } from '../actor';
import { checkRollupRange, ROLLUP_READERS } from './rollup-range';
import { findPairDays } from './rollups-repository';

/** Pair-day rollup rows in a date range, for a person or everyone; at most `limits.rollupRowsMax` rows. */
export async function listPairRollups(context: UseCaseContext, query: { from: string; to: string; personId?: string }): Promise<{ items: PairDayRollupRow[]; truncated: boolean }> {
  const { db, actor } = context;
  requireRole(actor, ROLLUP_READERS, 'read interaction rollups');
  checkRollupRange(query.from, query.to);
  const rows = await db.withOrg(actor.orgId, (tx) => findPairDays(tx, actor.orgId, { ...query, limit: limits.rollupRowsMax + 1 }));
  return { items: rows.slice(0, limits.rollupRowsMax), truncated: rows.length > limits.rollupRowsMax };
}
