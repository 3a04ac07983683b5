import type { MonitorQuery, MonitorView } from '../../../shared/signals-monitor';
import { requireRole, type UseCaseContext } from '../../actor';
import { SIGNAL_READER_ROLES, todayOf } from '../../dysfunction/access';
import { LruCache } from '../../buyin/page-cache';
import { monitorLattice, type MonitorLattice } from './monitor-lattice';
import { presentMonitor } from './present-monitor';

/** Presented views per lattice (a lattice object is new for each revision, so the entry can never be stale). */
const views = new WeakMap<MonitorLattice, LruCache<MonitorView>>();

/** The dysfunction monitor: level × function × indicator for the org or one unit, with the unit list. */
export async function getMonitor({ db, actor }: UseCaseContext, query: MonitorQuery, now = new Date()): Promise<MonitorView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see the dysfunction monitor');
  const lattice = await monitorLattice(db, actor.orgId, query.weeks, query.asOf ?? todayOf(now));
  let presented = views.get(lattice);
  if (!presented) views.set(lattice, (presented = new LruCache<MonitorView>(32)));
  const unit = query.unit ?? null;
  const cached = presented.get(unit ?? '');
  if (cached) return cached;
  const view = presentMonitor(lattice, unit);
  presented.set(unit ?? '', view);
  return view;
}
