import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchCoders, researchProjects } from '../db/schema-research';

export interface ProjectRow {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  transcripts: number;
  informants: number;
  codes: number;
  codings: number;
}

const count = (table: string) =>
  sql<number>`(select count(*)::int from ${sql.raw(table)} x where x.org_id = "research_projects"."org_id" and x.project_id = "research_projects"."id")`;

const columns = {
  id: researchProjects.id,
  name: researchProjects.name,
  description: researchProjects.description,
  createdAt: researchProjects.createdAt,
  transcripts: count('research_transcripts'),
  informants: count('research_informants'),
  codes: count('research_codes'),
  codings: count('research_codings'),
};

export async function listProjects(tx: Tx, orgId: string): Promise<ProjectRow[]> {
  return tx.select(columns).from(researchProjects).where(eq(researchProjects.orgId, orgId)).orderBy(asc(researchProjects.name));
}

export async function findProject(tx: Tx, orgId: string, id: string): Promise<ProjectRow | undefined> {
  const [row] = await tx.select(columns).from(researchProjects).where(and(eq(researchProjects.orgId, orgId), eq(researchProjects.id, id)));
  return row;
}

export async function insertProject(tx: Tx, row: { orgId: string; id: string; name: string; description: string; createdBy: string | null }) {
  await tx.insert(researchProjects).values(row);
}

export interface CoderRow {
  id: string;
  name: string;
  userId: string | null;
}

export async function listCoders(tx: Tx, orgId: string, projectId: string): Promise<CoderRow[]> {
  return tx
    .select({ id: researchCoders.id, name: researchCoders.name, userId: researchCoders.userId })
    .from(researchCoders)
    .where(and(eq(researchCoders.orgId, orgId), eq(researchCoders.projectId, projectId)))
    .orderBy(asc(researchCoders.name));
}

export async function insertCoders(tx: Tx, rows: Array<{ orgId: string; id: string; projectId: string; name: string; userId: string | null }>) {
  if (rows.length > 0) await tx.insert(researchCoders).values(rows);
}

export async function findGuide(tx: Tx, orgId: string, projectId: string) {
  const [row] = await tx
    .select({ questions: researchProjects.guideQuestions, updatedAt: researchProjects.guideUpdatedAt })
    .from(researchProjects)
    .where(and(eq(researchProjects.orgId, orgId), eq(researchProjects.id, projectId)));
  return row ? { questions: row.questions as string[], updatedAt: row.updatedAt } : undefined;
}

export async function saveGuide(tx: Tx, orgId: string, projectId: string, questions: string[], at: Date) {
  await tx.update(researchProjects).set({ guideQuestions: questions, guideUpdatedAt: at }).where(and(eq(researchProjects.orgId, orgId), eq(researchProjects.id, projectId)));
}
