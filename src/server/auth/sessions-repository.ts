import { and, eq, lt } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { orgs, sessions, users } from '../db/schema';

export async function insertSession(
  tx: Tx,
  row: { orgId: string; id: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await tx.insert(sessions).values(row);
}

export async function findSessionWithUser(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      personId: users.personId,
      active: users.active,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      orgName: orgs.name,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.orgId, sessions.orgId), eq(users.id, sessions.userId)))
    .innerJoin(orgs, eq(orgs.orgId, sessions.orgId))
    .where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
  return row;
}

export async function deleteSession(tx: Tx, orgId: string, id: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
}

export async function deleteUserSessions(tx: Tx, orgId: string, userId: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.userId, userId)));
}

export async function deleteExpiredSessions(tx: Tx, orgId: string, now: Date): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.orgId, orgId), lt(sessions.expiresAt, now)));
}
