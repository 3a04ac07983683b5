import type { SessionResponse } from '../../shared/auth';
import type { Database } from '../db/create-db';
import { cachedSession, forgetSession, rememberSession, sessionCacheGeneration } from './session-cache';
import { parseCookieValue, sessionIdOf } from './session-token';
import { deleteSession, findSessionWithUser } from './sessions-repository';

/**
 * The signed-in user behind a session cookie, or null when it is missing, unknown, expired or deactivated. Served
 * from the per-process session cache for a few seconds after each lookup (session-cache.ts).
 */
export async function resolveSession(options: { db: Database; cookieValue: string | undefined; now: Date }): Promise<SessionResponse | null> {
  const parsed = parseCookieValue(options.cookieValue);
  if (!parsed) return null;
  const { orgId, token } = parsed;
  const id = sessionIdOf(token);
  const key = `${orgId}.${id}`;
  const cached = cachedSession(key, options.now);
  if (cached) return cached;
  const startedAt = sessionCacheGeneration();
  return options.db.withOrg(orgId, async (tx) => {
    const row = await findSessionWithUser(tx, orgId, id);
    if (!row) return null;
    if (row.expiresAt <= options.now || !row.active) {
      await deleteSession(tx, orgId, id);
      return null;
    }
    const session: SessionResponse = {
      user: { id: row.userId, orgId, orgName: row.orgName, email: row.email, name: row.name, role: row.role, personId: row.personId },
      csrfToken: row.csrfToken,
    };
    rememberSession(key, session, row.expiresAt, options.now, startedAt);
    return session;
  });
}

export async function signOut(options: { db: Database; cookieValue: string | undefined }): Promise<void> {
  const parsed = parseCookieValue(options.cookieValue);
  if (!parsed) return;
  const id = sessionIdOf(parsed.token);
  await options.db.withOrg(parsed.orgId, (tx) => deleteSession(tx, parsed.orgId, id));
  forgetSession(`${parsed.orgId}.${id}`);
}
