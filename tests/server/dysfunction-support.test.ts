import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { createSupportRequest } from '../../src/server/dysfunction/create-support-request';
import { listAskedBy } from '../../src/server/dysfunction/support-requests-repository';
import { allPeople } from '../../src/server/org/people-repository';
import { createOrg, personRecord } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { createSignalsOrg, dateFrom } from './dysfunction-world';

describe.each(drivers)('support requests and promises on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let org: Awaited<ReturnType<typeof createSignalsOrg>>;
  let seller: Client;
  let marketer: Client;
  let fieldMarketer: Client;
  let southMarketer: Client;
  let leader: Client;
  let analyst: Client;
  const today = new Date();
  const inDays = (days: number) => dateFrom(today, days);
  const ask = (client: Client, body: Record<string, unknown>) => client.request('POST', '/api/support-requests', { kind: 'materials', summary: 'Battle cards for the Q3 launch', neededBy: inDays(14), ...body });
  const asked = async () => (await seller.request('GET', '/api/support-requests?box=asked')).json().items as Array<{ id: string }>;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    org = await createSignalsOrg(test.db);
    seller = await signedIn(app, org.member('seller').email);
    marketer = await signedIn(app, org.member('marketer').email);
    fieldMarketer = await signedIn(app, org.member('fieldMarketer').email);
    southMarketer = await signedIn(app, org.member('southMarketer').email);
    leader = await signedIn(app, org.member('vpSales').email);
    analyst = await signedIn(app, org.users.analyst.email);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('lets a seller ask a marketer, who accepts with a promised date; the seller records an on-time delivery', async () => {
    const created = await ask(seller, { addresseePersonId: org.member('marketer').personId });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({ status: 'awaiting_response', myRole: 'requester', canAnswer: false, addressee: { person: { name: 'Mia Marketer' }, function: 'marketing', region: 'North' } });

    const inbox = (await marketer.request('GET', '/api/support-requests?box=to_answer')).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(request.id);
    expect(inbox.items.find((r: { id: string }) => r.id === request.id)).toMatchObject({ myRole: 'addressee', canAnswer: true });

    const accepted = await marketer.request('POST', `/api/support-requests/${request.id}/answer`, { decision: 'accepted', promisedDate: inDays(7) });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'promised', promisedDate: inDays(7), responder: { name: 'Mia Marketer' } });

    const seen = (await seller.request('GET', `/api/support-requests/${request.id}`)).json();
    expect(seen).toMatchObject({ status: 'promised', canRecordDelivery: true });
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).toEqual(['asked', 'accepted']);

    const delivered = await seller.request('POST', `/api/support-requests/${request.id}/delivery`, { note: 'Got them' });
    expect(delivered.json()).toMatchObject({ status: 'delivered_on_time', deliveryNote: 'Got them' });
    const twice = await seller.request('POST', `/api/support-requests/${request.id}/delivery`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/already recorded/);
  });

  it('refuses to decline without a reason and changes nothing; a second answer is a conflict', async () => {
    const { id } = (await ask(seller, { addresseePersonId: org.member('marketer').personId, kind: 'budget' })).json();
    const noReason = await marketer.request('POST', `/api/support-requests/${id}/answer`, { decision: 'declined', reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.message).toMatch(/reason is required/);
    const missing = await marketer.request('POST', `/api/support-requests/${id}/answer`, { decision: 'declined' });
    expect(missing.statusCode).toBe(422);
    expect((await seller.request('GET', `/api/support-requests/${id}`)).json().status).toBe('awaiting_response');

    const declined = await marketer.request('POST', `/api/support-requests/${id}/answer`, { decision: 'declined', reason: 'No budget left this quarter' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'No budget left this quarter' });
    const again = await marketer.request('POST', `/api/support-requests/${id}/answer`, { decision: 'accepted', promisedDate: inDays(3) });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a delivery before any acceptance, and an answer from the requester or a bystander', async () => {
    const { id } = (await ask(seller, { addresseePersonId: org.member('marketer').personId, kind: 'data' })).json();
    const early = await seller.request('POST', `/api/support-requests/${id}/delivery`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/record the answer first/);
    expect((await seller.request('POST', `/api/support-requests/${id}/answer`, { decision: 'accepted', promisedDate: inDays(3) })).statusCode).toBe(403);
    // Someone not asked does not even learn the request exists.
    expect((await fieldMarketer.request('POST', `/api/support-requests/${id}/answer`, { decision: 'accepted', promisedDate: inDays(3) })).statusCode).toBe(404);
    expect((await fieldMarketer.request('GET', `/api/support-requests/${id}`)).statusCode).toBe(404);
  });

  it('counts an unanswered request as ignored after five business days and refuses a late answer', async () => {
    const twoWeeksAgo = new Date(today.getTime() - 14 * 86_400_000);
    const old = await createSupportRequest(org.member('seller').context, { kind: 'field_support', addresseePersonId: org.member('marketer').personId, summary: 'Join the customer visit', details: '', neededBy: dateFrom(twoWeeksAgo, 3) }, twoWeeksAgo);
    const seen = (await seller.request('GET', `/api/support-requests/${old.id}`)).json();
    expect(seen.status).toBe('ignored');
    expect(seen.timeline.map((e: { kind: string; derived: boolean }) => [e.kind, e.derived])).toEqual([['asked', false], ['ignored', true]]);
    const late = await marketer.request('POST', `/api/support-requests/${old.id}/answer`, { decision: 'accepted', promisedDate: inDays(2) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/ignored/);
  });

  it('lets anyone in the asked function and region answer a request addressed to the function', async () => {
    const { id } = (await ask(seller, { addresseeFunction: 'marketing', addresseeRegion: 'North' })).json();
    expect((await southMarketer.request('GET', `/api/support-requests/${id}`)).statusCode).toBe(404);
    const inbox = (await fieldMarketer.request('GET', '/api/support-requests?box=to_answer')).json();
    expect(inbox.items.find((r: { id: string }) => r.id === id)).toMatchObject({ canAnswer: true });
    const accepted = await fieldMarketer.request('POST', `/api/support-requests/${id}/answer`, { decision: 'accepted', promisedDate: inDays(1) });
    expect(accepted.json().responder.name).toBe('Finn Field');
  });

  it('rejects bad requests with a clear error and writes nothing', async () => {
    const before = (await asked()).length;
    const other = await createOrg(test.db, { people: [personRecord({ function: 'marketing' })] });
    const foreignId = (await test.db.withOrg(other.orgId, (tx) => allPeople(tx, other.orgId)))[0]?.id;
    const foreign = await ask(seller, { addresseePersonId: foreignId });
    expect(foreign.statusCode).toBe(404);
    const sameSide = await ask(seller, { addresseePersonId: org.member('vpSales').personId });
    expect(sameSide.json().error.message).toMatch(/Ask someone in marketing/);
    expect((await ask(seller, { addresseeFunction: 'sales' })).statusCode).toBe(422);
    expect((await ask(seller, { addresseePersonId: org.member('marketer').personId, addresseeFunction: 'marketing' })).statusCode).toBe(422);
    expect((await ask(seller, {})).statusCode).toBe(422);
    expect((await ask(seller, { addresseeFunction: 'marketing', neededBy: inDays(-1) })).json().error.message).toMatch(/past/);
    expect((await ask(seller, { addresseeFunction: 'marketing', neededBy: '2026-02-30' })).statusCode).toBe(422);
    expect((await ask(seller, { addresseeFunction: 'marketing', kind: 'money' })).statusCode).toBe(422);
    expect((await ask(seller, { addresseeFunction: 'marketing', summary: '   ' })).statusCode).toBe(422);
    expect((await ask(seller, { addresseeFunction: 'marketing', details: 'x'.repeat(20_000) })).statusCode).toBe(422);
    const huge = await ask(seller, { addresseeFunction: 'marketing', details: 'x'.repeat(1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect((await analyst.request('POST', '/api/support-requests', { kind: 'data', summary: 'x', neededBy: inDays(3), addresseeFunction: 'marketing' })).statusCode).toBe(403);
    expect((await seller.request('GET', '/api/support-requests/not-a-uuid')).statusCode).toBe(422);
    expect((await seller.request('POST', '/api/support-requests/01900000-0000-7000-8000-000000000000/answer', { decision: 'declined', reason: 'x' })).statusCode).toBe(404);
    expect((await asked()).length).toBe(before);
    const stored = await test.db.withOrg(org.orgId, (tx) => listAskedBy(tx, org.orgId, org.member('seller').personId));
    expect(stored.length).toBe(before);
  });

  it('shows promise-keeping rates to leaders and analysts only, with small groups suppressed', async () => {
    const rates = await leader.request('GET', '/api/support-requests/rates');
    expect(rates.statusCode).toBe(200);
    const body = rates.json();
    expect(body.minimum).toBe(5);
    expect(body.tables.map((t: { dimension: string }) => t.dimension)).toEqual(['function', 'level', 'unit']);
    // Three marketers were asked: fewer than five people, so every group and the total stay hidden.
    for (const table of body.tables) {
      expect(table.total).toBeNull();
      for (const group of table.groups) expect(group).toMatchObject({ suppressed: true, counts: null, people: null });
    }
    expect((await analyst.request('GET', '/api/support-requests/rates?since=2026-01-01')).statusCode).toBe(200);
    expect((await seller.request('GET', '/api/support-requests/rates')).statusCode).toBe(403);
    expect((await leader.request('GET', '/api/support-requests/rates?since=2026-05-01&until=2026-01-01')).statusCode).toBe(422);
  });

  it('documents every signals route in OpenAPI', async () => {
    const spec = (await app.server.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/support-requests',
        '/api/support-requests/{id}',
        '/api/support-requests/{id}/answer',
        '/api/support-requests/{id}/delivery',
        '/api/support-requests/rates',
        '/api/incidents',
        '/api/incidents/mine',
        '/api/incidents/{id}/resolution',
        '/api/journal',
        '/api/journal/{id}',
        '/api/journal/shared',
        '/api/journal/aggregate',
        '/api/journal/dyad',
      ]),
    );
  });
});
