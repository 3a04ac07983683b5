import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { initiatives } from '../db/schema-buyin';

/** One initiative's own row, as stored. */
export type InitiativeRow = typeof initiatives.$inferSelect;

/** The initiative's core row, or undefined when it does not exist in this org. */
export async function findInitiative(tx: Tx, orgId: string, initiativeId: string): Promise<InitiativeRow | undefined> {
  const [row] = await tx
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, initiativeId)));
  return row;
}
