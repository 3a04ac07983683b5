import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { NO_UNIT } from '../../domain/signals/rollup-types';
import type { IncidentRow as SignalIncidentRow } from '../../domain/signals/indicator-series';
import type { Tx } from '../db/create-db';
import { incidentParties, incidents } from '../db/schema-dysfunction';

export type IncidentRow = typeof incidents.$inferSelect;
/** An incident as the weekly signal series see it (src/domain/signals/indicator-series.ts). */
export type IncidentUnitRow = SignalIncidentRow;
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

/** One row per incident and unit among its parties' regions (a party without a region counts in `NO_UNIT`); dismissed ones left out. */
export async function listIncidentUnitsBetween(tx: Tx, orgId: string, since: Date, until: Date): Promise<IncidentUnitRow[]> {
  const rows = await tx
    .select({ id: incidents.id, level: incidents.level, occurredOn: incidents.occurredOn, status: incidents.status, region: incidentParties.region })
    .from(incidents)
    .innerJoin(incidentParties, and(eq(incidentParties.orgId, incidents.orgId), eq(incidentParties.incidentId, incidents.id)))
    .where(and(eq(incidents.orgId, orgId), gte(incidents.occurredOn, since.toISOString().slice(0, 10)), lt(incidents.occurredOn, until.toISOString().slice(0, 10))))
    .orderBy(asc(incidents.occurredOn), asc(incidents.id));
  const seen = new Set<string>();
  const result: IncidentUnitRow[] = [];
  for (const row of rows) {
    if (row.status === 'dismissed') continue;
    const unit = row.region ?? NO_UNIT;
    const key = `${row.id}\u0000${unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ unit, level: row.level, occurredAt: new Date(`${row.occurredOn}T12:00:00Z`) });
  }
  return result;
}
