import { createHash, randomBytes } from 'node:crypto';

/**
 * The session cookie holds `<orgId>.<token>`. The org id lets the server open an org-scoped transaction before it
 * looks the session up; only the token's SHA-256 is stored, so a database leak yields no usable sessions.
 */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function cookieValueOf(orgId: string, token: string): string {
  return `${orgId}.${token}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseCookieValue(value: string | undefined): { orgId: string; token: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const orgId = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (!UUID.test(orgId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return { orgId, token };
}
