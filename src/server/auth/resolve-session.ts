import type { SessionResponse } from '../../shared/auth';
import type { Database } from '../db/create-db';
import { parseCookieValue, sessionIdOf } from './session-token';
import { deleteSession, findSessionWithUser } from './sessions-repository';

/** The signed-in user behind a session cookie, or null when it is missing, unknown, expired or deactivated. */
export async function resolveSession(options: { db: Database; cookieValue: string | undefined; now: Date }): Promise<SessionResponse | null> {
  const parsed = parseCookieValue(options.cookieValue);
  if (!parsed) return null;
  const { orgId, token } = parsed;
  const id = sessionIdOf(token);
  return options.db.withOrg(orgId, async (tx) => {
    const row = await findSessionWithUser(tx, orgId, id);
    if (!row) return null;
    if (row.expiresAt <= options.now || !row.active) {
      await deleteSession(tx, orgId, id);
      return null;
    }
    return {
      user: { id: row.userId, orgId, orgName: row.orgName, email: row.email, name: row.name, role: row.role, personId: row.personId },
      csrfToken: row.csrfToken,
    };
  });
}

export async function signOut(options: { db: Database; cookieValue: string | undefined }): Promise<void> {
  const parsed = parseCookieValue(options.cookieValue);
  if (!parsed) return;
  await options.db.withOrg(parsed.orgId, (tx) => deleteSession(tx, parsed.orgId, sessionIdOf(parsed.token)));
}
