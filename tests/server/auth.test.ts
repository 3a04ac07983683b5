import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { createOrg, TEST_PASSWORD } from '../support/factories';
import { signedIn, startTestApp } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

describe.each(drivers)('sign-in and sessions on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db, { LOGIN_RATE_LIMIT: '5', SESSION_HOURS: '1' });
    org = await createOrg(test.db);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('signs in with the right password and returns the user and a CSRF token, with an httpOnly cookie', async () => {
    const response = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email: org.users.admin.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ email: org.users.admin.email, role: 'admin', orgId: org.orgId });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const cookie = response.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const wrong = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email: org.users.leader.email, password: 'not the password' } });
    const unknown = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.com', password: 'whatever' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password.' } });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('rejects a malformed sign-in body with INVALID_INPUT and no stack trace', async () => {
    const response = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 42 } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('INVALID_INPUT');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('limits sign-in attempts per address and e-mail', async () => {
    const attempt = () => app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email: org.users.member.email, password: 'guess' } });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5)).toEqual([429, 429]);
    const limited = await attempt();
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });

  it('answers the session call for a signed-in user and 401 without a cookie or with a forged one', async () => {
    const client = await signedIn(app, org.users.analyst.email);
    const session = await client.request('GET', '/api/auth/session');
    expect(session.json().user.role).toBe('analyst');
    expect((await app.server.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const forged = await app.server.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `tandem_session=${org.orgId}.${'A'.repeat(43)}` } });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing call without the CSRF token', async () => {
    const client = await signedIn(app, org.users.admin.email);
    const response = await app.server.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: client.cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'csrf@example.com', name: 'Csrf', role: 'member', password: 'a long enough password' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF');
    const users = await client.request('GET', '/api/users');
    expect(users.json().items.map((u: { email: string }) => u.email)).not.toContain('csrf@example.com');
  });

  it('ends the session on sign-out', async () => {
    const client = await signedIn(app, org.users.leader.email);
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(401);
  });
});

describe('expired sessions', () => {
  it('treats a session past its expiry as signed out', async () => {
    const test = await openTestDb('pglite');
    const app = await startTestApp(test.db, { SESSION_HOURS: '0.0001' });
    try {
      const org = await createOrg(test.db);
      const client = await signedIn(app, org.users.admin.email);
      await new Promise((resolve) => setTimeout(resolve, 600));
      const response = await client.request('GET', '/api/org/summary');
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toMatch(/expired/);
    } finally {
      await app.close();
      await test.close();
    }
  });
});
