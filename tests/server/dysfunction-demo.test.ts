import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { DEMO_PASSWORD, seedDemoOrg } from '../../src/server/demo/seed-demo-org';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

describe.each(drivers)('demo signals on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let leader: Client;
  let seller: Client;
  let analyst: Client;

  beforeAll(async () => {
    test = await openTestDb(kind);
    const demo = await seedDemoOrg({ db: test.db, people: 150, seed: 11, now: new Date() });
    app = await startTestApp(test.db);
    const email = (test: (who: string, role: string) => boolean) => demo.signIns.find((s) => test(s.who, s.role))?.email as string;
    leader = await signedIn(app, email((_, role) => role === 'leader'), DEMO_PASSWORD);
    analyst = await signedIn(app, email((_, role) => role === 'analyst'), DEMO_PASSWORD);
    seller = await signedIn(app, email((who) => who.includes('(sales')), DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('gives leaders a year of promise-keeping rates and an incident log', async () => {
    const rates = (await leader.request('GET', '/api/support-requests/rates')).json();
    const byFunction = rates.tables.find((t: { dimension: string }) => t.dimension === 'function');
    expect(byFunction.total.requests).toBeGreaterThan(100);
    expect(byFunction.groups.map((g: { group: string }) => g.group)).toEqual(['marketing', 'sales']);
    const log = (await leader.request('GET', '/api/incidents')).json().items;
    expect(log.length).toBeGreaterThanOrEqual(7);
    expect(log.every((i: Record<string, unknown>) => !('reporter' in i))).toBe(true);
  });

  it('gives the demo seller their own requests and private journal, and analysts only the shared entries', async () => {
    const journal = (await seller.request('GET', '/api/journal')).json().items;
    expect(journal).toHaveLength(2);
    const shared = (await analyst.request('GET', '/api/journal/shared')).json().items;
    expect(shared.length).toBeGreaterThanOrEqual(1);
    expect(shared.every((e: { side: string | null }) => e.side !== null)).toBe(true);
    expect((await seller.request('GET', '/api/support-requests?box=asked')).statusCode).toBe(200);
  });
});
