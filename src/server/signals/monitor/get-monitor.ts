import { monitorView, type MonitorQuery, type MonitorView } from '../../../shared/signals-monitor';
import { requireRole, type UseCaseContext } from '../../actor';
import { LruCache } from '../../buyin/page-cache';
import { SIGNAL_READER_ROLES, todayOf } from '../../dysfunction/access';
import { monitorLattice, type MonitorLattice } from './monitor-lattice';
import { presentMonitor } from './present-monitor';

interface PresentedMonitor {
  view: MonitorView;
  /** The view checked against its contract once and serialised once: a cache hit sends these bytes as they are. */
  json: string;
}

/** Presented views per lattice and unit (a lattice object is new for each revision, so an entry can never be stale). */
const presented = new WeakMap<MonitorLattice, LruCache<PresentedMonitor>>();

async function presentedMonitor({ db, actor }: UseCaseContext, query: MonitorQuery, now: Date): Promise<PresentedMonitor> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see the dysfunction monitor');
  const lattice = await monitorLattice(db, actor.orgId, query.weeks, query.asOf ?? todayOf(now));
  let views = presented.get(lattice);
  if (!views) presented.set(lattice, (views = new LruCache<PresentedMonitor>(32)));
  const key = query.unit ?? '';
  const cached = views.get(key);
  if (cached) return cached;
  const view = monitorView.parse(presentMonitor(lattice, query.unit ?? null));
  const entry = { view, json: JSON.stringify(view) };
  views.set(key, entry);
  return entry;
}

/** The dysfunction monitor: level × function × indicator for the org or one unit, with the unit list. */
export async function getMonitor(context: UseCaseContext, query: MonitorQuery, now = new Date()): Promise<MonitorView> {
  return (await presentedMonitor(context, query, now)).view;
}

/** The same answer as JSON text, for the route: serialising 30 kB per request was most of a cache hit's cost. */
export async function getMonitorJson(context: UseCaseContext, query: MonitorQuery, now = new Date()): Promise<string> {
  return (await presentedMonitor(context, query, now)).json;
}
