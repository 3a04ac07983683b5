import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { allPeople } from '../../src/server/org/people-repository';
import { createOrg, personRecord } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { createSignalsOrg, dateFrom } from './dysfunction-world';

describe.each(drivers)('conflict incidents on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let org: Awaited<ReturnType<typeof createSignalsOrg>>;
  let seller: Client;
  let marketer: Client;
  let leader: Client;
  let analyst: Client;
  let admin: Client;
  let incidentId: string;
  const yesterday = dateFrom(new Date(), -1);
  const report = (client: Client, body: Record<string, unknown>) =>
    client.request('POST', '/api/incidents', { kind: 'lobbying_leadership', level: 'senior', severity: 3, description: 'Went to the CEO to stop the launch.', occurredOn: yesterday, ...body });
  const logSize = async () => (await admin.request('GET', '/api/incidents')).json().items.length as number;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    org = await createSignalsOrg(test.db);
    seller = await signedIn(app, org.member('seller').email);
    marketer = await signedIn(app, org.member('marketer').email);
    leader = await signedIn(app, org.member('vpSales').email);
    analyst = await signedIn(app, org.users.analyst.email);
    admin = await signedIn(app, org.users.admin.email);
    const created = await report(seller, { parties: [{ personId: org.member('vpSales').personId }, { personId: org.member('marketer').personId }, { function: 'marketing', level: 'senior' }] });
    expect(created.statusCode).toBe(201);
    incidentId = created.json().id;
    expect(created.json()).toMatchObject({ reportedByMe: true, reporter: { name: 'Sam Seller' }, status: 'open' });
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('shows the log to a leader who is a party, without any trace of who reported it', async () => {
    const response = await leader.request('GET', '/api/incidents');
    expect(response.statusCode).toBe(200);
    const incident = response.json().items.find((i: { id: string }) => i.id === incidentId);
    expect(incident.parties.map((p: { person: { name: string } | null; function: string }) => p.person?.name ?? p.function)).toEqual(['Victor Sales', 'Mia Marketer', 'marketing']);
    expect(incident).not.toHaveProperty('reporter');
    expect(incident.reportedByMe).toBe(false);
    expect(response.body).not.toContain('Sam Seller');
    expect(response.body).not.toContain(org.member('seller').userId);
    expect(response.body).not.toContain(org.member('seller').email);
  });

  it('hides the reporter from analysts too, and names them to admins', async () => {
    const forAnalyst = (await analyst.request('GET', '/api/incidents')).json().items[0];
    expect(forAnalyst).not.toHaveProperty('reporter');
    const forAdmin = (await admin.request('GET', '/api/incidents')).json().items[0];
    expect(forAdmin.reporter).toEqual({ id: org.member('seller').userId, name: 'Sam Seller' });
  });

  it('refuses the log to members, parties or not, and shows reporters their own reports', async () => {
    expect((await marketer.request('GET', '/api/incidents')).statusCode).toBe(403);
    expect((await seller.request('GET', '/api/incidents')).statusCode).toBe(403);
    const mine = (await seller.request('GET', '/api/incidents/mine')).json().items;
    expect(mine.map((i: { id: string }) => i.id)).toEqual([incidentId]);
    expect((await marketer.request('GET', '/api/incidents/mine')).json().items).toEqual([]);
  });

  it('filters the log by level, kind and status and records the resolution', async () => {
    await report(marketer, { kind: 'undermining', level: 'frontline', severity: 2, parties: [{ personId: org.member('seller').personId }] });
    const frontline = (await leader.request('GET', '/api/incidents?level=frontline')).json().items;
    expect(frontline.map((i: { kind: string }) => i.kind)).toEqual(['undermining']);
    expect((await leader.request('GET', '/api/incidents?kind=lobbying_leadership')).json().items).toHaveLength(1);
    const resolved = await leader.request('PUT', `/api/incidents/${incidentId}/resolution`, { status: 'resolved', resolutionNote: 'Joint forum held; launch re-sequenced.' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolutionNote: 'Joint forum held; launch re-sequenced.' });
    expect(resolved.json()).not.toHaveProperty('reporter');
    expect((await leader.request('GET', '/api/incidents?status=resolved')).json().items.map((i: { id: string }) => i.id)).toEqual([incidentId]);
    expect((await seller.request('PUT', `/api/incidents/${incidentId}/resolution`, { status: 'dismissed' })).statusCode).toBe(403);
    expect((await leader.request('PUT', '/api/incidents/01900000-0000-7000-8000-000000000000/resolution', { status: 'dismissed' })).statusCode).toBe(404);
    expect((await leader.request('PUT', `/api/incidents/${incidentId}/resolution`, { status: 'closed' })).statusCode).toBe(422);
  });

  it('rejects bad reports with a clear error and writes nothing', async () => {
    const before = await logSize();
    const other = await createOrg(test.db, { people: [personRecord()] });
    const foreignId = (await test.db.withOrg(other.orgId, (tx) => allPeople(tx, other.orgId)))[0]?.id;
    const foreign = await report(seller, { parties: [{ personId: org.member('marketer').personId }, { personId: foreignId }] });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toMatch(/parties/);
    expect((await report(seller, { parties: [] })).json().error.code).toBe('INVALID_INPUT');
    expect((await report(seller, { severity: 5, parties: [{ function: 'marketing' }] })).statusCode).toBe(422);
    expect((await report(seller, { description: ' ', parties: [{ function: 'marketing' }] })).statusCode).toBe(422);
    expect((await report(seller, { kind: 'shouting', parties: [{ function: 'marketing' }] })).statusCode).toBe(422);
    expect((await report(seller, { occurredOn: dateFrom(new Date(), 3), parties: [{ function: 'marketing' }] })).json().error.message).toMatch(/future/);
    expect((await report(seller, { parties: [{ personId: org.member('marketer').personId, function: 'sales' }] })).statusCode).toBe(422);
    expect((await report(seller, { parties: [{ personId: org.member('marketer').personId }, { personId: org.member('marketer').personId }] })).statusCode).toBe(422);
    expect((await report(seller, { description: 'x'.repeat(10_001), parties: [{ function: 'marketing' }] })).statusCode).toBe(422);
    expect((await report(seller, { description: 'x'.repeat(1024 * 1024), parties: [{ function: 'marketing' }] })).statusCode).toBe(413);
    expect(await logSize()).toBe(before);
  });
});
