import type { IncidentList } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { presentIncidents } from './incident-presenter';
import { listIncidents } from './incidents-repository';

/** The incidents I reported, whatever my role. */
export async function listMyIncidents({ db, actor }: UseCaseContext): Promise<IncidentList> {
  if (!actor.userId) return { items: [] };
  const reporterUserId = actor.userId;
  return db.withOrg(actor.orgId, async (tx) => ({ items: await presentIncidents(tx, actor, await listIncidents(tx, actor.orgId, { reporterUserId })) }));
}
