import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchCodings } from '../db/schema-research';

export interface CodingRow {
  id: string;
  transcriptId: string;
  codeId: string;
  coderId: string;
  start: number;
  end: number;
  flagReason: string | null;
}

const columns = {
  id: researchCodings.id,
  transcriptId: researchCodings.transcriptId,
  codeId: researchCodings.codeId,
  coderId: researchCodings.coderId,
  start: researchCodings.start,
  end: researchCodings.end,
  flagReason: researchCodings.flagReason,
};

const scope = (orgId: string, projectId: string) => and(eq(researchCodings.orgId, orgId), eq(researchCodings.projectId, projectId));

export async function listCodings(tx: Tx, orgId: string, projectId: string, filter: { transcriptId?: string; codeIds?: readonly string[] } = {}): Promise<CodingRow[]> {
  return tx
    .select(columns)
    .from(researchCodings)
    .where(
      and(
        scope(orgId, projectId),
        filter.transcriptId ? eq(researchCodings.transcriptId, filter.transcriptId) : undefined,
        filter.codeIds ? inArray(researchCodings.codeId, filter.codeIds.length > 0 ? [...filter.codeIds] : ['00000000-0000-0000-0000-000000000000']) : undefined,
      ),
    )
    .orderBy(asc(researchCodings.transcriptId), asc(researchCodings.start), asc(researchCodings.end));
}

export async function findCoding(tx: Tx, orgId: string, projectId: string, id: string): Promise<CodingRow | undefined> {
  const [row] = await tx.select(columns).from(researchCodings).where(and(scope(orgId, projectId), eq(researchCodings.id, id)));
  return row;
}

export async function insertCodings(tx: Tx, orgId: string, projectId: string, rows: readonly CodingRow[]) {
  for (let start = 0; start < rows.length; start += 2_000) {
    await tx.insert(researchCodings).values(rows.slice(start, start + 2_000).map((r) => ({ ...r, orgId, projectId })));
  }
}

export async function deleteCodings(tx: Tx, orgId: string, projectId: string, ids: readonly string[]) {
  if (ids.length > 0) await tx.delete(researchCodings).where(and(scope(orgId, projectId), inArray(researchCodings.id, [...ids])));
}

export async function recodeCodings(tx: Tx, orgId: string, projectId: string, ids: readonly string[], codeId: string) {
  if (ids.length > 0) await tx.update(researchCodings).set({ codeId }).where(and(scope(orgId, projectId), inArray(researchCodings.id, [...ids])));
}

export async function repositionCodings(tx: Tx, orgId: string, projectId: string, changes: ReadonlyArray<{ id: string; start: number; end: number; flagReason: string | null }>) {
  for (const c of changes) {
    await tx
      .update(researchCodings)
      .set({ start: c.start, end: c.end, flagReason: c.flagReason })
      .where(and(scope(orgId, projectId), eq(researchCodings.id, c.id)));
  }
}

export async function codingIdsOfCodes(tx: Tx, orgId: string, projectId: string, codeIds: readonly string[]): Promise<string[]> {
  if (codeIds.length === 0) return [];
  const rows = await tx.select({ id: researchCodings.id }).from(researchCodings).where(and(scope(orgId, projectId), inArray(researchCodings.codeId, [...codeIds])));
  return rows.map((r) => r.id);
}

export async function countCodingsOf(tx: Tx, orgId: string, projectId: string, transcriptId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(researchCodings).where(and(scope(orgId, projectId), eq(researchCodings.transcriptId, transcriptId)));
  return row?.n ?? 0;
}
