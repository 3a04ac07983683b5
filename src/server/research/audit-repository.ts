import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchAudit } from '../db/schema-research';

export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  undoable?: boolean;
}

const scope = (orgId: string, projectId: string) => and(eq(researchAudit.orgId, orgId), eq(researchAudit.projectId, projectId));

export async function recordAudit(tx: Tx, orgId: string, projectId: string, entry: AuditEntry) {
  await tx.insert(researchAudit).values({ ...entry, orgId, projectId, undoable: entry.undoable ?? false });
}

export async function listAudit(tx: Tx, orgId: string, projectId: string, limit = 500) {
  return tx
    .select({ id: researchAudit.id, at: researchAudit.at, actorName: researchAudit.actorName, action: researchAudit.action, entity: researchAudit.entity, entityId: researchAudit.entityId, detail: researchAudit.detail })
    .from(researchAudit)
    .where(scope(orgId, projectId))
    .orderBy(desc(researchAudit.at), desc(researchAudit.id))
    .limit(limit);
}

/** The top of the undo stack: the newest code-tree change not yet undone. */
export async function lastUndoable(tx: Tx, orgId: string, projectId: string) {
  const [row] = await tx
    .select({ id: researchAudit.id, detail: researchAudit.detail })
    .from(researchAudit)
    .where(and(scope(orgId, projectId), eq(researchAudit.entity, 'code'), eq(researchAudit.undoable, true), eq(researchAudit.undone, false)))
    .orderBy(desc(researchAudit.at), desc(researchAudit.id))
    .limit(1);
  return row;
}

export async function markUndone(tx: Tx, orgId: string, projectId: string, id: string) {
  await tx.update(researchAudit).set({ undone: true }).where(and(scope(orgId, projectId), eq(researchAudit.id, id)));
}
