/**
 * The monitor's computed lattice (every group, suppressed once) for one org, signals revision, reporting minimum,
 * trend length and day, cached in memory: a hit costs one read of the revision. See docs/signals-monitor.md.
 */
import { groupKey, monitorHeatmap, monitorWindows, type GroupKind, type MonitorGroup, type MonitorWindows } from '../../../domain/signals/monitor-heatmap';
import { NO_UNIT, type RollupPerson } from '../../../domain/signals/rollup-types';
import { effectiveMinimum } from '../../../domain/dysfunction/suppression';
import type { Level, Person } from '../../../domain/org/types';
import { LruCache } from '../../buyin/page-cache';
import type { Database, Tx } from '../../db/create-db';
import { notFound } from '../../errors';
import { allPeople } from '../../org/people-repository';
import { findUnitWeeks } from '../rollups-repository';
import { hasRollups } from './monitor-repository';
import { readCacheStamp, type CacheStamp } from './revision-repository';
import { readStampShared } from '../stamp-reader';

export interface MonitorLattice {
  asOf: string;
  minimum: number;
  hasEvents: boolean;
  windows: MonitorWindows;
  groups: MonitorGroup[];
  byKey: Map<string, MonitorGroup>;
}

/** Per process; entries of an old revision are never read again and age out (the map is bounded). */
const cache = new LruCache<Promise<MonitorLattice>>(64);

const keyOf = (orgId: string, stamp: CacheStamp, weeks: number, asOf: string) => [orgId, stamp.revision, stamp.reportingMinimum, weeks, asOf].join('|');

/**
 * The lattice for (org, weeks, asOf): from the cache when the org's signals revision and reporting minimum are the
 * ones it was computed at; otherwise computed once (concurrent callers share the one computation).
 */
export async function monitorLattice(db: Database, orgId: string, weeks: number, asOf: string): Promise<MonitorLattice> {
  const stamp = await readStampShared(db, orgId);
  const hit = cache.get(keyOf(orgId, stamp, weeks, asOf));
  if (hit) return hit;
  const computing = db.withOrg(orgId, async (tx) => {
    // Read again inside the computing transaction: the figures are at least as new as the revision they are filed under.
    const fresh = await readCacheStamp(tx, orgId);
    const lattice = await computeLattice(tx, orgId, fresh, weeks, asOf);
    if (fresh.revision !== stamp.revision || fresh.reportingMinimum !== stamp.reportingMinimum) cache.set(keyOf(orgId, fresh, weeks, asOf), Promise.resolve(lattice));
    return lattice;
  });
  const key = keyOf(orgId, stamp, weeks, asOf);
  cache.set(key, computing);
  computing.catch(() => cache.delete(key));
  return computing;
}

async function computeLattice(tx: Tx, orgId: string, stamp: CacheStamp, weeks: number, asOf: string): Promise<MonitorLattice> {
  const windows = monitorWindows(asOf, weeks);
  const minimum = effectiveMinimum(stamp.reportingMinimum ?? 5);
  const people = (await allPeople(tx, orgId)).map(asRollupPerson);
  const rows = await findUnitWeeks(tx, orgId, { from: windows.firstWeek, to: windows.current.toWeek });
  const groups = monitorHeatmap({ rows, people, windows, minimum });
  return { asOf, minimum, hasEvents: rows.length > 0 || (await hasRollups(tx, orgId)), windows, groups, byKey: new Map(groups.map((group) => [group.key, group])) };
}

/** A person as the rollups see them (unit = region, or "(none)"). */
export const asRollupPerson = (p: Pick<Person, 'id' | 'function' | 'level' | 'region'>): RollupPerson => ({ id: p.id, function: p.function, level: p.level, unit: p.region ?? NO_UNIT });

export function groupOf(lattice: MonitorLattice, kind: GroupKind, unit: string | null, level: Level | null, fn: 'sales' | 'marketing' | null): MonitorGroup {
  const group = lattice.byKey.get(groupKey(kind, unit, level, fn));
  if (!group) throw notFound(unit === null ? 'That group' : `The unit "${unit}"`);
  return group;
}

/** For tests: forget every cached lattice. */
export const clearMonitorCache = () => cache.clear();
