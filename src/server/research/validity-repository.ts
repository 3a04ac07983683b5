import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchValidity } from '../db/schema-research';

export interface ValidityRow {
  id: string;
  kind: 'member_check' | 'deviant_case';
  text: string;
  subjectIds: string[];
  responses: Array<{ informantId: string; agrees: 'yes' | 'partly' | 'no'; response: string; at: string }>;
  createdAt: Date;
}

const columns = { id: researchValidity.id, kind: researchValidity.kind, text: researchValidity.text, subjectIds: researchValidity.subjectIds, responses: researchValidity.responses, createdAt: researchValidity.createdAt };
const scope = (orgId: string, projectId: string) => and(eq(researchValidity.orgId, orgId), eq(researchValidity.projectId, projectId));

export async function listValidity(tx: Tx, orgId: string, projectId: string): Promise<ValidityRow[]> {
  return (await tx.select(columns).from(researchValidity).where(scope(orgId, projectId)).orderBy(asc(researchValidity.createdAt))) as ValidityRow[];
}

export async function insertValidity(tx: Tx, orgId: string, projectId: string, row: Omit<ValidityRow, 'createdAt' | 'responses'> & { createdBy: string | null }) {
  await tx.insert(researchValidity).values({ ...row, orgId, projectId, responses: [] });
}

export async function saveResponses(tx: Tx, orgId: string, projectId: string, id: string, responses: ValidityRow['responses']) {
  await tx.update(researchValidity).set({ responses }).where(and(scope(orgId, projectId), eq(researchValidity.id, id)));
}
