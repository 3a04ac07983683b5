import type { UnitWeekRollupRow } from '../../domain/signals/rollup-types';
import { requireRole, type UseCaseContext } from '../actor';
import { checkRollupRange, ROLLUP_READERS } from './rollup-range';
import { findUnitWeeks, type UnitRollupFilter } from './rollups-repository';

/** Unit-week rollup rows whose week starts in a date range, filtered by level, function and unit. */
export async function listUnitRollups(context: UseCaseContext, query: UnitRollupFilter): Promise<{ items: UnitWeekRollupRow[] }> {
  const { db, actor } = context;
  requireRole(actor, ROLLUP_READERS, 'read interaction rollups');
  checkRollupRange(query.from, query.to);
  return { items: await db.withOrg(actor.orgId, (tx) => findUnitWeeks(tx, actor.orgId, query)) };
}
