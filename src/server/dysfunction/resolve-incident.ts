import { INCIDENT_READER_ROLES, type IncidentStatus } from '../../domain/dysfunction/incidents';
import type { IncidentView } from '../../shared/dysfunction';
import { requireRole, type UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { presentIncidents } from './incident-presenter';
import { updateIncidentResolution } from './incidents-repository';

/** A leader, analyst or admin records where the incident stands and how it was handled. */
export async function resolveIncident(
  { db, actor }: UseCaseContext,
  id: string,
  input: { status: IncidentStatus; resolutionNote: string },
  now = new Date(),
): Promise<IncidentView> {
  requireRole(actor, INCIDENT_READER_ROLES, 'update incidents');
  return db.withOrg(actor.orgId, async (tx) => {
    const row = await updateIncidentResolution(tx, actor.orgId, id, { status: input.status, resolutionNote: input.resolutionNote.trim(), updatedAt: now });
    if (!row) throw notFound('That incident');
    const [view] = await presentIncidents(tx, actor, [row]);
    return view as IncidentView;
  });
}
