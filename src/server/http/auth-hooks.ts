import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { resolveSession } from '../auth/resolve-session';
import type { Database } from '../db/create-db';
import { AppError } from '../errors';
import { SESSION_COOKIE } from './request-context';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Before the body is read: find the session behind the cookie; refuse API calls without one (unless the route is
 * public) and state-changing calls whose `x-csrf-token` header does not match the session's token.
 */
export function installAuthHooks(app: FastifyInstance, db: Database): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const isPublic = request.routeOptions.config?.public === true;
    const cookieValue = request.cookies[SESSION_COOKIE];
    request.session = cookieValue ? await resolveSession({ db, cookieValue, now: new Date() }) : null;
    if (isPublic) return;
    if (!request.session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue (your session is missing or has expired).');
    if (STATE_CHANGING.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, request.session.csrfToken)) {
        throw new AppError('CSRF', 'This request is missing its security token. Reload the page and try again.');
      }
    }
  });
}
