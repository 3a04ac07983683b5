import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

describe.each(drivers)('users on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let admin: Client;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    org = await createOrg(test.db);
    admin = await signedIn(app, org.users.admin.email);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('lets an admin add a user who can then sign in, and never returns password hashes', async () => {
    const created = await admin.request('POST', '/api/users', { email: 'New.Person@Example.com', name: 'New Person', role: 'leader', password: 'a long enough password' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'new.person@example.com', role: 'leader', active: true });
    const list = await admin.request('GET', '/api/users');
    expect(list.body).not.toMatch(/argon2|passwordHash|password_hash/);
    const newcomer = await signedIn(app, 'new.person@example.com', 'a long enough password');
    expect((await newcomer.request('GET', '/api/auth/session')).json().user.role).toBe('leader');
  });

  it('refuses a second user with the same e-mail, in any org', async () => {
    const other = await createOrg(test.db);
    const duplicate = await admin.request('POST', '/api/users', { email: other.users.member.email, name: 'Dup', role: 'member', password: 'a long enough password' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toContain(other.users.member.email);
  });

  it('refuses short passwords and unknown roles', async () => {
    const short = await admin.request('POST', '/api/users', { email: 'short@example.com', name: 'Short', role: 'member', password: 'short' });
    expect(short.statusCode).toBe(422);
    const role = await admin.request('POST', '/api/users', { email: 'role@example.com', name: 'Role', role: 'owner', password: 'a long enough password' });
    expect(role.statusCode).toBe(422);
  });

  it('deactivating a user ends their sessions and stops their sign-in', async () => {
    const leader = await signedIn(app, org.users.leader.email);
    const updated = await admin.request('PATCH', `/api/users/${org.users.leader.id}`, { active: false });
    expect(updated.json().active).toBe(false);
    expect((await leader.request('GET', '/api/auth/session')).statusCode).toBe(401);
    await expect(signedIn(app, org.users.leader.email)).rejects.toThrow(/403/);
  });

  it('keeps at least one active admin', async () => {
    const demote = await admin.request('PATCH', `/api/users/${org.users.admin.id}`, { role: 'member' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toMatch(/last active admin/);
  });

  it('refuses the users API to non-admins and hides other orgs\' users', async () => {
    const analyst = await signedIn(app, org.users.analyst.email);
    expect((await analyst.request('GET', '/api/users')).statusCode).toBe(403);
    const other = await createOrg(test.db);
    const foreign = await admin.request('PATCH', `/api/users/${other.users.member.id}`, { role: 'admin' });
    expect(foreign.statusCode).toBe(404);
  });
});
