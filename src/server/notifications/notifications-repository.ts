import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { notifications } from '../db/schema-buyin';

export type NotificationRow = typeof notifications.$inferSelect;
export interface Recipient {
  personId: string | null;
  userId: string | null;
}

/** Notifications addressed to the user or to their person. */
function addressedTo(orgId: string, to: Recipient): SQL | undefined {
  const whom = [to.personId ? eq(notifications.personId, to.personId) : undefined, to.userId ? eq(notifications.userId, to.userId) : undefined].filter(
    (c): c is SQL => c !== undefined,
  );
  if (whom.length === 0) return sql`false`;
  return and(eq(notifications.orgId, orgId), or(...whom));
}

export async function insertNotifications(tx: Tx, rows: ReadonlyArray<typeof notifications.$inferInsert>): Promise<void> {
  if (rows.length > 0) await tx.insert(notifications).values([...rows]);
}

export async function listNotificationsFor(tx: Tx, orgId: string, to: Recipient, limit: number): Promise<NotificationRow[]> {
  return tx.select().from(notifications).where(addressedTo(orgId, to)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
}

export async function countUnreadFor(tx: Tx, orgId: string, to: Recipient): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(addressedTo(orgId, to), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one (or, without an id, every) unread notification of the recipient read; returns how many changed. */
export async function markReadFor(tx: Tx, orgId: string, to: Recipient, at: Date, notificationId?: string): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(addressedTo(orgId, to), isNull(notifications.readAt), notificationId ? eq(notifications.id, notificationId) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function notificationExistsFor(tx: Tx, orgId: string, to: Recipient, notificationId: string): Promise<boolean> {
  const [row] = await tx.select({ id: notifications.id }).from(notifications).where(and(addressedTo(orgId, to), eq(notifications.id, notificationId)));
  return row !== undefined;
}
