import type { LightMyRequestResponse } from 'fastify';
import { createApp, type App } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/create-db';
import { TEST_PASSWORD } from './factories';

export async function startTestApp(db: Database, env: Record<string, string> = {}): Promise<App> {
  return createApp(loadConfig({ LOG_LEVEL: 'silent', ...env }), db);
}

export interface Client {
  csrfToken: string;
  cookie: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** Signs in through the API like the browser does and returns a client that sends the cookie and CSRF token. */
export async function signedIn(app: App, email: string, password = TEST_PASSWORD): Promise<Client> {
  const login = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  const setCookie = login.cookies.find((c) => c.name === 'tandem_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `tandem_session=${setCookie.value}`;
  const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    cookie,
    request(method, url, body, headers = {}) {
      const isJson = body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);
      return app.server.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(isJson ? { 'content-type': 'application/json' } : {}), ...headers },
        payload: isJson ? JSON.stringify(body) : (body as string | Buffer | undefined),
      });
    },
  };
}
