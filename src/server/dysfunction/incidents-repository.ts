import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { incidentParties, incidents } from '../db/schema-dysfunction';

export type IncidentRow = typeof incidents.$inferSelect;
export type PartyRow = typeof incidentParties.$inferSelect;

export interface IncidentFilter {
  level?: IncidentRow['level'];
  kind?: IncidentRow['kind'];
  status?: IncidentRow['status'];
  reporterUserId?: string;
}

export async function insertIncident(tx: Tx, row: typeof incidents.$inferInsert, parties: ReadonlyArray<Omit<PartyRow, 'orgId' | 'incidentId' | 'position'>>) {
  await tx.insert(incidents).values(row);
  await tx.insert(incidentParties).values(parties.map((party, position) => ({ ...party, orgId: row.orgId, incidentId: row.id, position })));
}

export async function listIncidents(tx: Tx, orgId: string, filter: IncidentFilter): Promise<IncidentRow[]> {
  const conditions: Array<SQL | undefined> = [
    eq(incidents.orgId, orgId),
    filter.level ? eq(incidents.level, filter.level) : undefined,
    filter.kind ? eq(incidents.kind, filter.kind) : undefined,
    filter.status ? eq(incidents.status, filter.status) : undefined,
    filter.reporterUserId ? eq(incidents.reporterUserId, filter.reporterUserId) : undefined,
  ];
  return tx.select().from(incidents).where(and(...conditions)).orderBy(desc(incidents.occurredOn), desc(incidents.createdAt)).limit(1000);
}

export async function findIncident(tx: Tx, orgId: string, id: string): Promise<IncidentRow | undefined> {
  const [row] = await tx.select().from(incidents).where(and(eq(incidents.orgId, orgId), eq(incidents.id, id)));
  return row;
}

export async function partiesOf(tx: Tx, orgId: string, incidentIds: readonly string[]): Promise<PartyRow[]> {
  if (incidentIds.length === 0) return [];
  return tx
    .select()
    .from(incidentParties)
    .where(and(eq(incidentParties.orgId, orgId), inArray(incidentParties.incidentId, [...incidentIds])))
    .orderBy(asc(incidentParties.incidentId), asc(incidentParties.position));
}

export async function updateIncidentResolution(tx: Tx, orgId: string, id: string, changes: Pick<IncidentRow, 'status' | 'resolutionNote' | 'updatedAt'>) {
  const [row] = await tx.update(incidents).set(changes).where(and(eq(incidents.orgId, orgId), eq(incidents.id, id))).returning();
  return row;
}
