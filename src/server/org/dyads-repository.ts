import { and, asc, count, eq, or } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { dyads } from '../db/schema';
import type { Level } from '../../domain/org/types';

export interface DyadRow {
  id: string;
  salesPersonId: string;
  marketingPersonId: string;
  level: Level;
  confirmedAt: Date;
}

const columns = {
  id: dyads.id,
  salesPersonId: dyads.salesPersonId,
  marketingPersonId: dyads.marketingPersonId,
  level: dyads.level,
  confirmedAt: dyads.confirmedAt,
};

export async function listDyads(tx: Tx, orgId: string): Promise<DyadRow[]> {
  return tx.select(columns).from(dyads).where(eq(dyads.orgId, orgId)).orderBy(asc(dyads.level), asc(dyads.confirmedAt));
}

export async function listDyadsOf(tx: Tx, orgId: string, personId: string): Promise<DyadRow[]> {
  return tx
    .select(columns)
    .from(dyads)
    .where(and(eq(dyads.orgId, orgId), or(eq(dyads.salesPersonId, personId), eq(dyads.marketingPersonId, personId))))
    .orderBy(asc(dyads.level), asc(dyads.confirmedAt));
}

export async function findDyad(tx: Tx, orgId: string, id: string): Promise<DyadRow | undefined> {
  const [row] = await tx.select(columns).from(dyads).where(and(eq(dyads.orgId, orgId), eq(dyads.id, id)));
  return row;
}

export async function findDyadByPair(tx: Tx, orgId: string, salesPersonId: string, marketingPersonId: string) {
  const [row] = await tx
    .select(columns)
    .from(dyads)
    .where(and(eq(dyads.orgId, orgId), eq(dyads.salesPersonId, salesPersonId), eq(dyads.marketingPersonId, marketingPersonId)));
  return row;
}

export async function insertDyad(
  tx: Tx,
  row: { orgId: string; id: string; salesPersonId: string; marketingPersonId: string; level: Level; confirmedBy: string | null },
): Promise<DyadRow> {
  const [inserted] = await tx.insert(dyads).values(row).returning(columns);
  return inserted as DyadRow;
}

export async function deleteDyad(tx: Tx, orgId: string, id: string): Promise<boolean> {
  const deleted = await tx.delete(dyads).where(and(eq(dyads.orgId, orgId), eq(dyads.id, id))).returning({ id: dyads.id });
  return deleted.length > 0;
}

export async function countDyads(tx: Tx, orgId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(dyads).where(eq(dyads.orgId, orgId));
  return row?.n ?? 0;
}
