import { and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../domain/org/types';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { users } from '../db/schema';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  personId: string | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

const columns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  personId: users.personId,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

export async function listUsers(tx: Tx, orgId: string): Promise<UserRow[]> {
  return tx.select(columns).from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.name));
}

export async function findUser(tx: Tx, orgId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select(columns).from(users).where(and(eq(users.orgId, orgId), eq(users.id, id)));
  return row;
}

export async function insertUser(
  tx: Tx,
  row: { orgId: string; id: string; email: string; name: string; role: Role; passwordHash: string; personId: string | null },
): Promise<UserRow> {
  const [inserted] = await tx.insert(users).values(row).returning(columns);
  return inserted as UserRow;
}

export async function updateUser(tx: Tx, orgId: string, id: string, changes: { role?: Role; active?: boolean }) {
  const [row] = await tx.update(users).set(changes).where(and(eq(users.orgId, orgId), eq(users.id, id))).returning(columns);
  return row;
}

export async function countActiveAdmins(tx: Tx, orgId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, 'admin'), eq(users.active, true)));
  return row?.n ?? 0;
}

export async function markSignedIn(tx: Tx, orgId: string, id: string, at: Date): Promise<void> {
  await tx.update(users).set({ lastSignInAt: at }).where(and(eq(users.orgId, orgId), eq(users.id, id)));
}

/** E-mails are unique across orgs so that sign-in needs only an e-mail (checked through an owner-run function). */
export async function emailInUse(tx: Tx, email: string): Promise<boolean> {
  const [row] = await rawRows<{ used: boolean }>(tx, sql`select tandem_email_in_use(${email}) as used`);
  return row?.used ?? false;
}

export async function loginCandidates(tx: Tx, email: string) {
  const rows = await rawRows<{ org_id: string; user_id: string; password_hash: string; active: boolean }>(
    tx,
    sql`select * from tandem_login_candidates(${email})`,
  );
  return rows.map((r) => ({ orgId: r.org_id, userId: r.user_id, passwordHash: r.password_hash, active: r.active }));
}
