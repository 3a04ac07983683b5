import type { SessionResponse } from '../../shared/auth';

/**
 * Resolved sessions, per process, for a few seconds (docs/decisions.md, "Session lookups are cached for 5 seconds"):
 * every API request resolves its cookie, and most come in bursts from the same page. Sign-out, deactivation and role
 * changes forget the user's entries in this process at once; other processes notice within the TTL. The session's
 * own expiry is checked on every hit.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  session: SessionResponse;
  expiresAt: Date;
  cachedUntil: number;
}

const entries = new Map<string, Entry>();
/** Bumped by every forget: a lookup that started before one must not store what it read. */
let generation = 0;

export const sessionCacheGeneration = () => generation;

/** The cached session when it is fresh and not expired; undefined means "look it up". */
export function cachedSession(key: string, now: Date): SessionResponse | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.cachedUntil <= now.getTime() || entry.expiresAt <= now) {
    entries.delete(key);
    return undefined;
  }
  return entry.session;
}

export function rememberSession(key: string, session: SessionResponse, expiresAt: Date, now: Date, startedAt: number): void {
  if (startedAt !== generation) return;
  entries.set(key, { session, expiresAt, cachedUntil: now.getTime() + SESSION_CACHE_TTL_MS });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

export function forgetSession(key: string): void {
  generation++;
  entries.delete(key);
}

/** After a user is deactivated or changes role: their sessions are read again on their next request. */
export function forgetUserSessions(orgId: string, userId: string): void {
  generation++;
  for (const [key, entry] of entries) if (entry.session.user.orgId === orgId && entry.session.user.id === userId) entries.delete(key);
}
