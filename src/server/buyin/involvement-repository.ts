import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/create-db';
import { advisoryInputs, advisoryMembers, evidence, testMarkets, workingSessionAttendees, workingSessions } from '../db/schema-buyin';

/** Evidence, advisory board, working sessions and test markets of an initiative: everything but the file bytes. */
export type EvidenceRow = Omit<typeof evidence.$inferSelect, 'fileContent'>;
export type AdvisoryMemberRow = typeof advisoryMembers.$inferSelect;
export type AdvisoryInputRow = typeof advisoryInputs.$inferSelect;
export type WorkingSessionRow = typeof workingSessions.$inferSelect & { attendeeIds: string[] };
export type TestMarketRow = typeof testMarkets.$inferSelect;

const evidenceColumns = {
  orgId: evidence.orgId,
  id: evidence.id,
  initiativeId: evidence.initiativeId,
  kind: evidence.kind,
  title: evidence.title,
  url: evidence.url,
  note: evidence.note,
  fileName: evidence.fileName,
  fileBytes: evidence.fileBytes,
  addedByName: evidence.addedByName,
  addedAt: evidence.addedAt,
};

const ofInitiative = (table: { orgId: AnyPgColumn; initiativeId: AnyPgColumn }, orgId: string, initiativeId: string) =>
  and(eq(table.orgId, orgId), eq(table.initiativeId, initiativeId));

export async function insertEvidence(tx: Tx, row: typeof evidence.$inferInsert): Promise<EvidenceRow> {
  const [inserted] = await tx.insert(evidence).values(row).returning(evidenceColumns);
  return inserted as EvidenceRow;
}

export async function findEvidenceFile(tx: Tx, orgId: string, initiativeId: string, evidenceId: string) {
  const [row] = await tx
    .select({ fileName: evidence.fileName, content: evidence.fileContent })
    .from(evidence)
    .where(and(ofInitiative(evidence, orgId, initiativeId), eq(evidence.id, evidenceId)));
  return row;
}

/** The deleted row's title, or undefined when there was none. */
export async function deleteEvidence(tx: Tx, orgId: string, initiativeId: string, evidenceId: string): Promise<string | undefined> {
  const [row] = await tx.delete(evidence).where(and(ofInitiative(evidence, orgId, initiativeId), eq(evidence.id, evidenceId))).returning({ title: evidence.title });
  return row?.title;
}

export async function insertAdvisoryMember(tx: Tx, row: typeof advisoryMembers.$inferInsert): Promise<AdvisoryMemberRow | undefined> {
  const [inserted] = await tx.insert(advisoryMembers).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function listAdvisoryMembers(tx: Tx, orgId: string, initiativeId: string): Promise<AdvisoryMemberRow[]> {
  return tx.select().from(advisoryMembers).where(ofInitiative(advisoryMembers, orgId, initiativeId)).orderBy(asc(advisoryMembers.addedAt));
}

export async function insertAdvisoryInput(tx: Tx, row: typeof advisoryInputs.$inferInsert): Promise<AdvisoryInputRow> {
  const [inserted] = await tx.insert(advisoryInputs).values(row).returning();
  return inserted as AdvisoryInputRow;
}

export async function insertWorkingSession(tx: Tx, row: typeof workingSessions.$inferInsert, attendeeIds: readonly string[]): Promise<WorkingSessionRow> {
  const [inserted] = await tx.insert(workingSessions).values(row).returning();
  const unique = [...new Set(attendeeIds)];
  if (unique.length > 0) {
    await tx.insert(workingSessionAttendees).values(unique.map((personId) => ({ orgId: row.orgId, sessionId: row.id, personId })));
  }
  return { ...(inserted as typeof workingSessions.$inferSelect), attendeeIds: unique };
}

export async function insertTestMarket(tx: Tx, row: typeof testMarkets.$inferInsert): Promise<TestMarketRow> {
  const [inserted] = await tx.insert(testMarkets).values(row).returning();
  return inserted as TestMarketRow;
}

export async function updateTestMarket(
  tx: Tx,
  orgId: string,
  initiativeId: string,
  testMarketId: string,
  changes: Partial<Pick<TestMarketRow, 'regions' | 'startDate' | 'endDate' | 'results' | 'changes' | 'updatedAt'>>,
): Promise<TestMarketRow | undefined> {
  const [row] = await tx
    .update(testMarkets)
    .set(changes)
    .where(and(ofInitiative(testMarkets, orgId, initiativeId), eq(testMarkets.id, testMarketId)))
    .returning();
  return row;
}

export async function findTestMarket(tx: Tx, orgId: string, initiativeId: string, testMarketId: string): Promise<TestMarketRow | undefined> {
  const [row] = await tx.select().from(testMarkets).where(and(ofInitiative(testMarkets, orgId, initiativeId), eq(testMarkets.id, testMarketId)));
  return row;
}

/** Evidence items and involvement records (advisory members, inputs, sessions) per initiative, for the list page. */
export async function countObjectivity(tx: Tx, orgId: string, initiativeIds: readonly string[]) {
  const counts = new Map<string, { evidence: number; involvement: number }>();
  if (initiativeIds.length === 0) return counts;
  const ids = [...initiativeIds];
  const add = (rows: Array<{ id: string; n: number }>, key: 'evidence' | 'involvement') => {
    for (const row of rows) {
      const entry = counts.get(row.id) ?? { evidence: 0, involvement: 0 };
      entry[key] += Number(row.n);
      counts.set(row.id, entry);
    }
  };
  const n = sql<number>`count(*)::int`;
  add(await tx.select({ id: evidence.initiativeId, n }).from(evidence).where(and(eq(evidence.orgId, orgId), inArray(evidence.initiativeId, ids))).groupBy(evidence.initiativeId), 'evidence');
  add(
    await tx.select({ id: advisoryMembers.initiativeId, n }).from(advisoryMembers).where(and(eq(advisoryMembers.orgId, orgId), inArray(advisoryMembers.initiativeId, ids))).groupBy(advisoryMembers.initiativeId),
    'involvement',
  );
  add(
    await tx.select({ id: advisoryInputs.initiativeId, n }).from(advisoryInputs).where(and(eq(advisoryInputs.orgId, orgId), inArray(advisoryInputs.initiativeId, ids))).groupBy(advisoryInputs.initiativeId),
    'involvement',
  );
  add(
    await tx.select({ id: workingSessions.initiativeId, n }).from(workingSessions).where(and(eq(workingSessions.orgId, orgId), inArray(workingSessions.initiativeId, ids))).groupBy(workingSessions.initiativeId),
    'involvement',
  );
  return counts;
}
