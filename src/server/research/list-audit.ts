import type { UseCaseContext } from '../actor';
import { loadProject, requireResearcher } from './access';
import { listAudit as listAuditRows } from './audit-repository';

/** The project's audit trail, newest first: who changed what, when. */
export async function listAudit({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor, 'read');
  return db.withOrg(actor.orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const rows = await listAuditRows(tx, actor.orgId, projectId);
    return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorName: r.actorName, action: r.action, entity: r.entity, entityId: r.entityId, detail: summarise(r.detail) }));
  });
}

/** The audit detail without the undo payload (which can hold whole codings). */
function summarise(detail: unknown): Record<string, unknown> {
  const { undo: _undo, ...rest } = (detail ?? {}) as Record<string, unknown>;
  return rest;
}
