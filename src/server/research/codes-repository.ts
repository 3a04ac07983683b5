import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CodeNode } from '../../domain/research/code-tree';
import type { Tx } from '../db/create-db';
import { researchCodes } from '../db/schema-research';

const scope = (orgId: string, projectId: string) => and(eq(researchCodes.orgId, orgId), eq(researchCodes.projectId, projectId));

const columns = {
  id: researchCodes.id,
  parentId: researchCodes.parentId,
  name: researchCodes.name,
  kind: researchCodes.kind,
  description: researchCodes.description,
  color: researchCodes.color,
  quote: researchCodes.quote,
  builtinId: researchCodes.builtinId,
  position: researchCodes.position,
};

export async function listCodes(tx: Tx, orgId: string, projectId: string): Promise<CodeNode[]> {
  return tx.select(columns).from(researchCodes).where(scope(orgId, projectId)).orderBy(asc(researchCodes.position), asc(researchCodes.name));
}

export async function codingCounts(tx: Tx, orgId: string, projectId: string): Promise<Map<string, number>> {
  const rows = await tx.execute(sql`select code_id, count(*)::int as n from research_codings where org_id = ${orgId} and project_id = ${projectId} group by code_id`);
  return new Map((rows as unknown as { rows: Array<{ code_id: string; n: number }> }).rows.map((r) => [r.code_id, r.n]));
}

/** Writes a new version of the tree: inserts or updates the given codes, deletes the removed ones. */
export async function saveCodes(tx: Tx, orgId: string, projectId: string, changed: readonly CodeNode[], removedIds: readonly string[]) {
  if (changed.length > 0) {
    await tx
      .insert(researchCodes)
      .values(changed.map((c) => ({ ...c, orgId, projectId })))
      .onConflictDoUpdate({
        target: [researchCodes.orgId, researchCodes.id],
        set: {
          parentId: sql`excluded.parent_id`,
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          description: sql`excluded.description`,
          color: sql`excluded.color`,
          quote: sql`excluded.quote`,
          builtinId: sql`excluded.builtin_id`,
          position: sql`excluded.position`,
        },
      });
  }
  if (removedIds.length > 0) await tx.delete(researchCodes).where(and(scope(orgId, projectId), inArray(researchCodes.id, [...removedIds])));
}
