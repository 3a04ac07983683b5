import type { FastifyRequest } from 'fastify';
import type { SessionResponse } from '../../shared/auth';
import type { Actor, UseCaseContext } from '../actor';
import type { Database } from '../db/create-db';
import { AppError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionResponse | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (health, sign-in, OpenAPI). */
    public?: boolean;
  }
}

export const SESSION_COOKIE = 'tandem_session';

/** The use-case context of a signed-in request; routes call this, never the database directly. */
export function contextOf(request: FastifyRequest, db: Database): UseCaseContext {
  const session = request.session;
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  const { user } = session;
  const actor: Actor = { userId: user.id, orgId: user.orgId, role: user.role, personId: user.personId };
  return { db, actor };
}
