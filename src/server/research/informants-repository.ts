import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchInformants } from '../db/schema-research';

export interface InformantRow {
  id: string;
  name: string;
  function: 'sales' | 'marketing' | 'other' | null;
  level: 'senior' | 'middle' | 'frontline' | null;
  dyadKey: string | null;
  firm: string | null;
  unit: string | null;
  attributes: Record<string, { type: 'text' | 'number' | 'boolean' | 'date'; value: string | number | boolean }>;
  transcriptCount: number;
}

export type InformantWrite = Omit<InformantRow, 'id' | 'transcriptCount'>;

const columns = {
  id: researchInformants.id,
  name: researchInformants.name,
  function: researchInformants.function,
  level: researchInformants.level,
  dyadKey: researchInformants.dyadKey,
  firm: researchInformants.firm,
  unit: researchInformants.unit,
  attributes: researchInformants.attributes,
  transcriptCount: sql<number>`(select count(*)::int from research_transcripts t where t.org_id = "research_informants"."org_id" and t.informant_id = "research_informants"."id")`,
};

export async function listInformants(tx: Tx, orgId: string, projectId: string): Promise<InformantRow[]> {
  const rows = await tx
    .select(columns)
    .from(researchInformants)
    .where(and(eq(researchInformants.orgId, orgId), eq(researchInformants.projectId, projectId)))
    .orderBy(asc(researchInformants.name));
  return rows as InformantRow[];
}

export async function findInformant(tx: Tx, orgId: string, projectId: string, id: string): Promise<InformantRow | undefined> {
  const [row] = await tx
    .select(columns)
    .from(researchInformants)
    .where(and(eq(researchInformants.orgId, orgId), eq(researchInformants.projectId, projectId), eq(researchInformants.id, id)));
  return row as InformantRow | undefined;
}

export async function insertInformants(tx: Tx, orgId: string, projectId: string, rows: Array<InformantWrite & { id: string }>) {
  if (rows.length > 0) await tx.insert(researchInformants).values(rows.map((r) => ({ ...r, orgId, projectId })));
}

export async function updateInformant(tx: Tx, orgId: string, projectId: string, id: string, changes: Partial<InformantWrite>) {
  await tx
    .update(researchInformants)
    .set(changes)
    .where(and(eq(researchInformants.orgId, orgId), eq(researchInformants.projectId, projectId), eq(researchInformants.id, id)));
}
