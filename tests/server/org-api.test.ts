import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { allPeople } from '../../src/server/org/people-repository';
import { createOrg, personRecord } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const people = [
  personRecord({ email: 'ceo@acme.example', name: 'Cara CEO', function: 'other', level: 'senior', region: null, title: 'CEO' }),
  personRecord({ email: 'vp.sales@acme.example', name: 'Victor Sales', level: 'senior', managerEmail: 'ceo@acme.example', region: null, title: 'VP Sales' }),
  personRecord({ email: 'cmo@acme.example', name: 'Maya Marketing', function: 'marketing', level: 'senior', managerEmail: 'ceo@acme.example', region: null, title: 'CMO' }),
  personRecord({ email: 'rsm@acme.example', name: 'Rita Regional', level: 'middle', managerEmail: 'vp.sales@acme.example', region: 'EMEA North', title: 'Regional Sales Manager' }),
  personRecord({ email: 'pm@acme.example', name: 'Paul Product', function: 'marketing', level: 'middle', managerEmail: 'cmo@acme.example', region: 'EMEA North', title: 'Product Manager' }),
  personRecord({ email: 'rep1@acme.example', name: 'Ana Rep', managerEmail: 'rsm@acme.example', title: 'Account Executive' }),
  personRecord({ email: 'rep2@acme.example', name: 'Ben Rep', managerEmail: 'rsm@acme.example', title: 'Account Executive' }),
];

describe.each(drivers)('organisation API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let member: Client;
  let other: Awaited<ReturnType<typeof createOrg>>;
  let idOf: (email: string) => Promise<string>;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { name: 'Acme', people });
    other = await createOrg(test.db, { name: 'Other Co', people: [personRecord({ email: 'secret@other.example', name: 'Secret Person' })] });
    analyst = await signedIn(app, org.users.analyst.email);
    member = await signedIn(app, org.users.member.email);
    idOf = async (email) => (await analyst.request('GET', `/api/people?q=${encodeURIComponent(email)}`)).json().items[0].id;
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('counts people by function and level for the grid', async () => {
    const summary = (await member.request('GET', '/api/org/summary')).json();
    expect(summary.org.name).toBe('Acme');
    expect(summary.total).toBe(7);
    const cell = (fn: string, level: string) => summary.grid.find((c: { function: string; level: string }) => c.function === fn && c.level === level).count;
    expect(cell('sales', 'frontline')).toBe(2);
    expect(cell('marketing', 'senior')).toBe(1);
    expect(cell('other', 'middle')).toBe(0);
    expect(summary.grid).toHaveLength(9);
    expect(summary.regions).toEqual(['EMEA North']);
  });

  it('searches people by name, filters by function and level, and pages', async () => {
    const byName = (await member.request('GET', '/api/people?q=rep')).json();
    expect(byName.items.map((p: { name: string }) => p.name)).toEqual(['Ana Rep', 'Ben Rep']);
    const filtered = (await member.request('GET', '/api/people?function=marketing&level=middle')).json();
    expect(filtered.items.map((p: { email: string }) => p.email)).toEqual(['pm@acme.example']);
    const page = (await member.request('GET', '/api/people?limit=2&offset=2')).json();
    expect(page.total).toBe(7);
    expect(page.items).toHaveLength(2);
    const roots = (await member.request('GET', '/api/people?roots=true')).json();
    expect(roots.items.map((p: { email: string; directReportCount: number }) => [p.email, p.directReportCount])).toEqual([['ceo@acme.example', 2]]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const response = (await member.request('GET', '/api/people?q=%25')).json();
    expect(response.total).toBe(0);
  });

  it('rejects bad filters with a clear message', async () => {
    const response = await member.request('GET', '/api/people?level=chief&limit=5000');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toMatch(/level|limit/);
  });

  it("shows a person's line up to the top, their reports and their span of control", async () => {
    const detail = (await member.request('GET', `/api/people/${await idOf('rsm@acme.example')}`)).json();
    expect(detail.person.name).toBe('Rita Regional');
    expect(detail.line.map((p: { name: string }) => p.name)).toEqual(['Victor Sales', 'Cara CEO']);
    expect(detail.directReports.map((p: { name: string }) => p.name)).toEqual(['Ana Rep', 'Ben Rep']);
    expect(detail).toMatchObject({ spanOfControl: 2, depth: 2, unitSize: 2 });
  });

  it("answers 404 for another org's person, and the same for an id that exists nowhere", async () => {
    const otherPeople = await test.db.withOrg(other.orgId, (tx) => allPeople(tx, other.orgId));
    const foreign = await member.request('GET', `/api/people/${otherPeople[0]?.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Secret');
    const nowhere = await member.request('GET', '/api/people/01900000-0000-7000-8000-000000000000');
    expect(nowhere.json()).toEqual(foreign.json());
    expect((await member.request('GET', '/api/people/not-a-uuid')).statusCode).toBe(422);
  });

  it('suggests the same-level, same-region counterparts and lets an analyst confirm and remove a dyad', async () => {
    const before = (await analyst.request('GET', '/api/dyads')).json();
    const middle = before.suggestions.find((s: { level: string }) => s.level === 'middle');
    expect(middle.sales.email).toBe('rsm@acme.example');
    expect(middle.marketing.email).toBe('pm@acme.example');
    const created = await analyst.request('POST', '/api/dyads', { salesPersonId: middle.sales.id, marketingPersonId: middle.marketing.id });
    expect(created.statusCode).toBe(201);
    const again = await analyst.request('POST', '/api/dyads', { salesPersonId: middle.sales.id, marketingPersonId: middle.marketing.id });
    expect(again.statusCode).toBe(409);
    const after = (await analyst.request('GET', '/api/dyads')).json();
    expect(after.confirmed).toHaveLength(1);
    expect(after.suggestions.some((s: { level: string }) => s.level === 'middle')).toBe(false);
    const person = (await member.request('GET', `/api/people/${middle.marketing.id}`)).json();
    expect(person.counterparts[0].sales.email).toBe('rsm@acme.example');
    expect((await analyst.request('DELETE', `/api/dyads/${created.json().id}`)).statusCode).toBe(204);
    expect((await analyst.request('DELETE', `/api/dyads/${created.json().id}`)).statusCode).toBe(404);
  });

  it('refuses dyads across levels or functions, and refuses members', async () => {
    const rep = await idOf('rep1@acme.example');
    const pm = await idOf('pm@acme.example');
    const cmo = await idOf('cmo@acme.example');
    const crossLevel = await analyst.request('POST', '/api/dyads', { salesPersonId: rep, marketingPersonId: pm });
    expect(crossLevel.statusCode).toBe(422);
    expect(crossLevel.json().error.message).toMatch(/same level/);
    const swapped = await analyst.request('POST', '/api/dyads', { salesPersonId: cmo, marketingPersonId: pm });
    expect(swapped.json().error.message).toMatch(/not sales/);
    const byMember = await member.request('POST', '/api/dyads', { salesPersonId: await idOf('vp.sales@acme.example'), marketingPersonId: cmo });
    expect(byMember.statusCode).toBe(403);
  });

  it('refuses oversized JSON bodies with 413 and unknown routes with a JSON 404', async () => {
    const huge = await analyst.request('POST', '/api/dyads', { salesPersonId: 'x'.repeat(2 * 1024 * 1024), marketingPersonId: 'y' });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const missing = await member.request('GET', '/api/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('publishes OpenAPI without a session, and health', async () => {
    const spec = await app.server.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(Object.keys(spec.json().paths)).toEqual(expect.arrayContaining(['/api/people', '/api/people/{id}', '/api/import/people', '/api/health']));
    expect((await app.server.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok', database: kind });
  });
});
