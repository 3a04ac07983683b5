import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchMemos } from '../db/schema-research';

export interface MemoRow {
  id: string;
  targetType: 'project' | 'code' | 'transcript' | 'coding';
  targetId: string;
  authorName: string | null;
  text: string;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: researchMemos.id,
  targetType: researchMemos.targetType,
  targetId: researchMemos.targetId,
  authorName: researchMemos.authorName,
  text: researchMemos.text,
  createdAt: researchMemos.createdAt,
  updatedAt: researchMemos.updatedAt,
};

const scope = (orgId: string, projectId: string) => and(eq(researchMemos.orgId, orgId), eq(researchMemos.projectId, projectId));

export async function listMemos(tx: Tx, orgId: string, projectId: string): Promise<MemoRow[]> {
  return tx.select(columns).from(researchMemos).where(scope(orgId, projectId)).orderBy(asc(researchMemos.createdAt));
}

export async function insertMemos(tx: Tx, orgId: string, projectId: string, rows: ReadonlyArray<Omit<MemoRow, 'createdAt' | 'updatedAt'> & { authorId: string | null; createdAt?: Date }>) {
  if (rows.length > 0) await tx.insert(researchMemos).values(rows.map((r) => ({ ...r, orgId, projectId })));
}

export async function deleteMemo(tx: Tx, orgId: string, projectId: string, id: string): Promise<boolean> {
  const rows = await tx.delete(researchMemos).where(and(scope(orgId, projectId), eq(researchMemos.id, id))).returning({ id: researchMemos.id });
  return rows.length > 0;
}
