import { INCIDENT_READER_ROLES } from '../../domain/dysfunction/incidents';
import type { IncidentList } from '../../shared/dysfunction';
import { requireRole, type UseCaseContext } from '../actor';
import { presentIncidents } from './incident-presenter';
import { listIncidents as findIncidents, type IncidentFilter } from './incidents-repository';

/** The incident log: leaders, analysts and admins only; being a party gives no access. */
export async function listIncidents({ db, actor }: UseCaseContext, filter: Omit<IncidentFilter, 'reporterUserId'>): Promise<IncidentList> {
  requireRole(actor, INCIDENT_READER_ROLES, 'read the incident log');
  return db.withOrg(actor.orgId, async (tx) => ({ items: await presentIncidents(tx, actor, await findIncidents(tx, actor.orgId, filter)) }));
}
