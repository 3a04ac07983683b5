import { and, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Tx } from '../../db/create-db';
import { signalWarningMails, signalWarnings, signalWarningScans } from '../../db/schema-signals-warnings';

export type WarningRow = typeof signalWarnings.$inferSelect;
export type NewWarningRow = Omit<typeof signalWarnings.$inferInsert, 'orgId' | 'id' | 'detectedAt' | 'updatedAt' | 'status'>;

export interface WarningFilter {
  status?: WarningRow['status'];
  level?: NonNullable<WarningRow['level']>;
  indicator?: string;
  scope?: WarningRow['scope'];
}

/**
 * Stores what a scan found: a warning already known by (series key, type, first week) gets its last week, evidence and
 * rows updated; the rest are inserted. Returns the new ones (to notify) and how many were updated.
 */
export async function saveWarnings(tx: Tx, orgId: string, found: readonly NewWarningRow[], now: Date, newId: () => string): Promise<{ inserted: WarningRow[]; updated: number }> {
  if (found.length === 0) return { inserted: [], updated: 0 };
  const known = await tx
    .select({ id: signalWarnings.id, seriesKey: signalWarnings.seriesKey, type: signalWarnings.type, firstWeek: signalWarnings.firstWeek })
    .from(signalWarnings)
    .where(eq(signalWarnings.orgId, orgId));
  const idOf = new Map(known.map((row) => [`${row.seriesKey}\u0001${row.type}\u0001${row.firstWeek}`, row.id]));
  const fresh: Array<typeof signalWarnings.$inferInsert> = [];
  let updated = 0;
  for (const warning of found) {
    const id = idOf.get(`${warning.seriesKey}\u0001${warning.type}\u0001${warning.firstWeek}`);
    if (id === undefined) {
      fresh.push({ ...warning, orgId, id: newId(), detectedAt: now, updatedAt: now, status: 'open' });
      continue;
    }
    await tx
      .update(signalWarnings)
      .set({ lastWeek: warning.lastWeek, evidence: warning.evidence, rows: warning.rows, label: warning.label, updatedAt: now })
      .where(and(eq(signalWarnings.orgId, orgId), eq(signalWarnings.id, id)));
    updated += 1;
  }
  const inserted = fresh.length === 0 ? [] : await tx.insert(signalWarnings).values(fresh).returning();
  return { inserted, updated };
}

export async function listWarnings(tx: Tx, orgId: string, filter: WarningFilter): Promise<WarningRow[]> {
  return tx
    .select()
    .from(signalWarnings)
    .where(
      and(
        eq(signalWarnings.orgId, orgId),
        filter.status ? eq(signalWarnings.status, filter.status) : undefined,
        filter.level ? eq(signalWarnings.level, filter.level) : undefined,
        filter.indicator ? eq(signalWarnings.indicator, filter.indicator) : undefined,
        filter.scope ? eq(signalWarnings.scope, filter.scope) : undefined,
      ),
    )
    .orderBy(desc(signalWarnings.firstWeek), desc(signalWarnings.detectedAt), signalWarnings.id);
}

export async function findWarning(tx: Tx, orgId: string, id: string): Promise<WarningRow | undefined> {
  const [row] = await tx.select().from(signalWarnings).where(and(eq(signalWarnings.orgId, orgId), eq(signalWarnings.id, id)));
  return row;
}

/** Sets the status; only a warning in the other status changes (so a second acknowledge finds nothing). */
export async function setWarningStatus(
  tx: Tx,
  orgId: string,
  id: string,
  change: { status: 'acknowledged'; at: Date; byUserId: string | null; note: string | null } | { status: 'open' },
): Promise<WarningRow | undefined> {
  const values =
    change.status === 'acknowledged'
      ? { status: change.status, acknowledgedAt: change.at, acknowledgedBy: change.byUserId, acknowledgeNote: change.note }
      : { status: change.status, acknowledgedAt: null, acknowledgedBy: null, acknowledgeNote: null };
  const [row] = await tx
    .update(signalWarnings)
    .set(values)
    .where(and(eq(signalWarnings.orgId, orgId), eq(signalWarnings.id, id), sql`${signalWarnings.status} <> ${change.status}`))
    .returning();
  return row;
}

export async function markNotified(tx: Tx, orgId: string, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length > 0) await tx.update(signalWarnings).set({ notifiedAt: at }).where(and(eq(signalWarnings.orgId, orgId), inArray(signalWarnings.id, [...ids])));
}

/** Open warnings not yet e-mailed to this user, oldest first. */
export async function unmailedWarnings(tx: Tx, orgId: string, userId: string): Promise<WarningRow[]> {
  const mailed = tx
    .select({ one: sql`1` })
    .from(signalWarningMails)
    .where(and(eq(signalWarningMails.orgId, orgId), eq(signalWarningMails.userId, userId), eq(signalWarningMails.warningId, signalWarnings.id)));
  return tx
    .select()
    .from(signalWarnings)
    .where(and(eq(signalWarnings.orgId, orgId), eq(signalWarnings.status, 'open'), notExists(mailed)))
    .orderBy(signalWarnings.firstWeek, signalWarnings.id);
}

export async function recordMails(tx: Tx, orgId: string, userId: string, warningIds: readonly string[], at: Date): Promise<void> {
  if (warningIds.length === 0) return;
  await tx
    .insert(signalWarningMails)
    .values(warningIds.map((warningId) => ({ orgId, userId, warningId, sentAt: at })))
    .onConflictDoNothing();
}

export async function lastScanAt(tx: Tx, orgId: string): Promise<Date | null> {
  const [row] = await tx.select({ at: signalWarningScans.scannedAt }).from(signalWarningScans).where(eq(signalWarningScans.orgId, orgId));
  return row?.at ?? null;
}

export async function recordScan(tx: Tx, orgId: string, at: Date): Promise<void> {
  await tx.insert(signalWarningScans).values({ orgId, scannedAt: at }).onConflictDoUpdate({ target: signalWarningScans.orgId, set: { scannedAt: at } });
}
