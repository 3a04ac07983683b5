import type { PairDayRollupRow, UnitWeekRollupRow } from '../../domain/signals/rollup-types';
import { limits } from '../../shared/limits';
import { requireRole, type UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { findPairDays, findUnitWeeks, type UnitRollupFilter } from './rollups-repository';

const READERS = ['admin', 'analyst', 'leader'] as const;
const DAY_MS = 86_400_000;

function checkRange(from: string, to: string): void {
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (Number.isNaN(span)) throw invalidInput('from and to must be calendar dates like 2026-03-01.');
  if (span < 0) throw invalidInput(`from (${from}) is after to (${to}).`);
  if (span > limits.rollupRangeDays) throw invalidInput(`Ask for at most ${limits.rollupRangeDays} days at a time; ${from} to ${to} is ${span}.`);
}

/** Pair-day rollup rows in a date range, for a person or everyone; at most `limits.rollupRowsMax` rows. */
export async function listPairRollups(context: UseCaseContext, query: { from: string; to: string; personId?: string }): Promise<{ items: PairDayRollupRow[]; truncated: boolean }> {
  const { db, actor } = context;
  requireRole(actor, READERS, 'read interaction rollups');
  checkRange(query.from, query.to);
  const rows = await db.withOrg(actor.orgId, (tx) => findPairDays(tx, actor.orgId, { ...query, limit: limits.rollupRowsMax + 1 }));
  return { items: rows.slice(0, limits.rollupRowsMax), truncated: rows.length > limits.rollupRowsMax };
}

/** Unit-week rollup rows whose week starts in a date range, filtered by level, function and unit. */
export async function listUnitRollups(context: UseCaseContext, query: UnitRollupFilter): Promise<{ items: UnitWeekRollupRow[] }> {
  const { db, actor } = context;
  requireRole(actor, READERS, 'read interaction rollups');
  checkRange(query.from, query.to);
  return { items: await db.withOrg(actor.orgId, (tx) => findUnitWeeks(tx, actor.orgId, query)) };
}
