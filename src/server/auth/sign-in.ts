import { randomBytes } from 'node:crypto';
import type { LoginInput } from '../../shared/auth';
import type { Database } from '../db/create-db';
import { AppError } from '../errors';
import { loginCandidates, markSignedIn } from '../users/users-repository';
import { decoy, verifyPassword } from './passwords';
import { cookieValueOf, newSessionToken, sessionIdOf } from './session-token';
import { insertSession } from './sessions-repository';

const wrongCredentials = () => new AppError('UNAUTHENTICATED', 'Wrong e-mail or password.');

/** Checks the password and opens a session; the answer never says whether the e-mail exists. */
export async function signIn(options: { db: Database; input: LoginInput; now: Date; sessionHours: number }) {
  const { db, input, now, sessionHours } = options;
  const candidates = await db.withoutOrg((tx) => loginCandidates(tx, input.email));
  let match: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.passwordHash, input.password)) {
      match = candidate;
      break;
    }
  }
  if (candidates.length === 0) await verifyPassword(await decoy(), input.password);
  if (!match) throw wrongCredentials();
  if (!match.active) throw new AppError('FORBIDDEN', 'This account is deactivated. Ask an administrator of your organisation.');

  const token = newSessionToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  const { orgId, userId } = match;
  await db.withOrg(orgId, async (tx) => {
    await insertSession(tx, { orgId, id: sessionIdOf(token), userId, csrfToken, expiresAt });
    await markSignedIn(tx, orgId, userId, now);
  });
  return { cookieValue: cookieValueOf(orgId, token), expiresAt };
}
