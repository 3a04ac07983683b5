import { z } from 'zod';
import { loginInput, sessionResponse } from '../../shared/auth';
import { AppError } from '../errors';
import { SESSION_COOKIE } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { resolveSession, signOut } from './resolve-session';
import { signIn } from './sign-in';

export function authRoutes({ app, db, config }: RouteDeps): void {
  const routes = typed(app);

  routes.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        rateLimit: {
          max: config.loginRateLimit,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', security: [], body: loginInput, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const { cookieValue, expiresAt } = await signIn({ db, input: request.body, now: new Date(), sessionHours: config.sessionHours });
      const session = await resolveSession({ db, cookieValue, now: new Date() });
      if (!session) throw new AppError('INTERNAL', 'The new session could not be read back.');
      const secure = config.cookieSecure === 'true' || (config.cookieSecure === 'auto' && request.protocol === 'https');
      reply.setCookie(SESSION_COOKIE, cookieValue, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: expiresAt });
      return session;
    },
  );

  routes.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: sessionResponse } } },
    async (request) => request.session as NonNullable<typeof request.session>,
  );

  routes.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut({ db, cookieValue: request.cookies[SESSION_COOKIE] });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
