import { and, asc, desc, eq, gte, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { supportRequests } from '../db/schema-dysfunction';

export type SupportRow = typeof supportRequests.$inferSelect;
export type NewSupportRow = typeof supportRequests.$inferInsert;

export async function insertSupportRequest(tx: Tx, row: NewSupportRow): Promise<SupportRow> {
  const [inserted] = await tx.insert(supportRequests).values(row).returning();
  return inserted as SupportRow;
}

export async function findSupportRequest(tx: Tx, orgId: string, id: string): Promise<SupportRow | undefined> {
  const [row] = await tx.select().from(supportRequests).where(and(eq(supportRequests.orgId, orgId), eq(supportRequests.id, id)));
  return row;
}

export async function listAskedBy(tx: Tx, orgId: string, personId: string): Promise<SupportRow[]> {
  return tx
    .select()
    .from(supportRequests)
    .where(and(eq(supportRequests.orgId, orgId), eq(supportRequests.requesterPersonId, personId)))
    .orderBy(desc(supportRequests.createdAt))
    .limit(500);
}

/** Requests for this person to answer: addressed to them, to their function (in their region or any), or answered by them. */
export async function listAddressedTo(tx: Tx, orgId: string, person: { id: string; function: string; region: string | null }): Promise<SupportRow[]> {
  const toFunction = and(
    isNull(supportRequests.addresseePersonId),
    eq(supportRequests.addresseeFunction, person.function as SupportRow['addresseeFunction']),
    person.region ? or(isNull(supportRequests.addresseeRegion), eq(supportRequests.addresseeRegion, person.region)) : isNull(supportRequests.addresseeRegion),
  );
  return tx
    .select()
    .from(supportRequests)
    .where(and(eq(supportRequests.orgId, orgId), or(eq(supportRequests.addresseePersonId, person.id), eq(supportRequests.responderPersonId, person.id), toFunction)))
    .orderBy(desc(supportRequests.createdAt))
    .limit(500);
}

/** Stores an answer only if none was stored meanwhile; false when another answer won. */
export async function saveAnswer(
  tx: Tx,
  orgId: string,
  id: string,
  answer: Pick<SupportRow, 'decision' | 'respondedAt' | 'promisedDate' | 'declineReason' | 'responderPersonId'>,
): Promise<boolean> {
  const updated = await tx
    .update(supportRequests)
    .set(answer)
    .where(and(eq(supportRequests.orgId, orgId), eq(supportRequests.id, id), isNull(supportRequests.decision)))
    .returning({ id: supportRequests.id });
  return updated.length > 0;
}

export async function saveDelivery(tx: Tx, orgId: string, id: string, deliveredAt: Date, note: string | null): Promise<boolean> {
  const updated = await tx
    .update(supportRequests)
    .set({ deliveredAt, deliveryNote: note })
    .where(and(eq(supportRequests.orgId, orgId), eq(supportRequests.id, id), eq(supportRequests.decision, 'accepted'), isNull(supportRequests.deliveredAt)))
    .returning({ id: supportRequests.id });
  return updated.length > 0;
}

export async function listRequestsBetween(tx: Tx, orgId: string, window: { since?: Date; until?: Date }): Promise<SupportRow[]> {
  const conditions: Array<SQL | undefined> = [
    eq(supportRequests.orgId, orgId),
    window.since ? gte(supportRequests.createdAt, window.since) : undefined,
    window.until ? lt(supportRequests.createdAt, window.until) : undefined,
  ];
  return tx.select().from(supportRequests).where(and(...conditions)).orderBy(asc(supportRequests.createdAt));
}

export async function insertSupportRequests(tx: Tx, rows: readonly NewSupportRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) await tx.insert(supportRequests).values(rows.slice(start, start + 1000));
}
