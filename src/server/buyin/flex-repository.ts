import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { flexRequests, initiatives } from '../db/schema-buyin';

export type FlexRow = typeof flexRequests.$inferSelect;

export async function insertFlexRequest(tx: Tx, row: typeof flexRequests.$inferInsert): Promise<FlexRow> {
  const [inserted] = await tx.insert(flexRequests).values(row).returning();
  return inserted as FlexRow;
}

export async function findFlexRequest(tx: Tx, orgId: string, flexId: string): Promise<FlexRow | undefined> {
  const [row] = await tx.select().from(flexRequests).where(and(eq(flexRequests.orgId, orgId), eq(flexRequests.id, flexId)));
  return row;
}

/** Records the decision only while the request is pending; undefined when someone decided it first. */
export async function decideFlexRequest(
  tx: Tx,
  orgId: string,
  flexId: string,
  decision: Pick<FlexRow, 'status' | 'reason' | 'salesCommits' | 'marketingCommits' | 'decidedByPersonId' | 'decidedAt'>,
): Promise<FlexRow | undefined> {
  const [row] = await tx
    .update(flexRequests)
    .set(decision)
    .where(and(eq(flexRequests.orgId, orgId), eq(flexRequests.id, flexId), eq(flexRequests.status, 'pending')))
    .returning();
  return row;
}

/** Requests still waiting for a decision, oldest first, with their initiative's title: of one owner's initiatives or all. */
export async function listPendingFlex(tx: Tx, orgId: string, ownerPersonId: string | null): Promise<Array<FlexRow & { initiativeTitle: string }>> {
  const rows = await tx
    .select({ flex: flexRequests, initiativeTitle: initiatives.title })
    .from(flexRequests)
    .innerJoin(initiatives, and(eq(initiatives.orgId, flexRequests.orgId), eq(initiatives.id, flexRequests.initiativeId)))
    .where(and(eq(flexRequests.orgId, orgId), eq(flexRequests.status, 'pending'), ownerPersonId ? eq(initiatives.ownerPersonId, ownerPersonId) : undefined))
    .orderBy(asc(flexRequests.requestedAt), asc(flexRequests.id))
    .limit(2000);
  return rows.map((r) => ({ ...r.flex, initiativeTitle: r.initiativeTitle }));
}
