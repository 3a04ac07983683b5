import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tiesFromPairDays } from '../../src/domain/network/tie-strength';
import type { App } from '../../src/server/app';
import { findPairDays } from '../../src/server/signals/rollups-repository';
import { windowEndOf } from '../../src/server/signals/network/compute-network';
import { networkCache } from '../../src/server/signals/network/get-network';
import { pairTotalsInWindow } from '../../src/server/signals/network/network-repository';
import type { NetworkView } from '../../src/shared/signals-network';
import { createOrg, personRecord } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { networkEvents, networkPeople } from './signals-network-world';

const today = () => new Date().toISOString().slice(0, 10);
const shown = <T extends { suppressed: boolean }>(group: T | undefined) => group as Extract<T, { suppressed: false }>;

describe.each(drivers)('cross-functional network API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let leader: Client;
  let member: Client;
  let auditor: Client;
  let orgId: string;
  let idOf: Map<string, string>;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { people: networkPeople });
    orgId = org.orgId;
    analyst = await signedIn(app, org.users.analyst.email);
    leader = await signedIn(app, org.users.leader.email);
    member = await signedIn(app, org.users.member.email);
    auditor = await signedIn(app, org.users.auditor.email);
    const ingest = await analyst.request('POST', '/api/events/batch', networkEvents(new Date(), 'net'));
    expect(ingest.json()).toMatchObject({ committed: true, rejected: 0 });
    const people = (await analyst.request('GET', '/api/people?limit=50')).json().items as Array<{ id: string; email: string }>;
    idOf = new Map(people.map((p) => [p.email.split('@')[0] as string, p.id]));
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });
  beforeEach(() => networkCache.clear());

  const view = async (query = '', client = leader): Promise<NetworkView> => {
    const response = await client.request('GET', `/api/signals/network${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const names = (items: Array<{ name: string }>) => items.map((item) => item.name).sort();

  it('summarises the frontline: cross-function density, ties, isolated people and both functions', async () => {
    const network = await view();
    expect(network).toMatchObject({ asOf: today(), windowDays: 90, minimum: 5, hasEvents: true, tieCount: 11, truncated: false, betweenness: { exact: true, epsilon: null } });
    const frontline = shown(network.levels.find((level) => level.level === 'frontline'));
    expect(frontline).toMatchObject({ suppressed: false, groupSize: 10, crossFunctionTies: 5, isolatedCount: 3 });
    expect(frontline.crossFunctionDensity).toBeCloseTo(5 / 25, 12);
    expect(frontline.functions).toEqual([
      { suppressed: false, function: 'sales', groupSize: 5, isolatedCount: 1 },
      { suppressed: false, function: 'marketing', groupSize: 5, isolatedCount: 2 },
    ]);
    expect(names(network.isolated)).toEqual(['Marketing m2', 'Marketing m3', 'Middle Marketing Two', 'Sales s5']);
  });

  it('names the marketer who bridges the functions as the top broker, with normalised betweenness', async () => {
    const network = await view();
    expect(network.brokers[0]).toMatchObject({ name: 'Marketing m1', function: 'marketing', level: 'frontline' });
    expect(network.brokers[0]?.betweenness).toBeGreaterThan(network.brokers[1]?.betweenness ?? 1);
    expect(network.brokers[0]?.betweenness).toBeLessThanOrEqual(1);
    expect(shown(network.levels.find((level) => level.level === 'frontline')).brokers[0]?.name).toBe('Marketing m1');
    const m1 = network.nodes.find((node) => node.name === 'Marketing m1');
    expect(m1).toMatchObject({ degree: 4, isolated: false, unit: 'North' });
    expect(network.nodes.find((node) => node.name === 'Sales s5')).toMatchObject({ degree: 0, isolated: true, betweenness: 0 });
  });

  it('suppresses a level of fewer people than the minimum, and shows communities smaller than it only merged', async () => {
    const network = await view();
    expect(network.levels.find((level) => level.level === 'middle')).toEqual({ suppressed: true, level: 'middle' });
    expect(network.levels.find((level) => level.level === 'senior')).toMatchObject({ suppressed: false, groupSize: 0, crossFunctionDensity: null });
    // Louvain splits the frontline into {s1–s3, m1}, {m2, m3}, {s4, m4, m5} and {s5}: each fewer than 5 people, so
    // they are shown only merged (10 people), and nobody's own community is named.
    const frontline = shown(network.levels.find((level) => level.level === 'frontline'));
    expect(frontline.communities).toEqual([
      { suppressed: false, label: 'Frontline: smaller communities (4)', merged: true, groupSize: 10, salesCount: 5, marketingCount: 5 },
    ]);
    expect(frontline.modularity).toBeGreaterThan(0.3);
    expect(frontline.communityCount).toBe(4);
    expect(network.nodes.every((node) => node.community === null)).toBe(true);
    expect(JSON.stringify(network.levels.find((level) => level.level === 'middle'))).not.toContain('groupSize');
  });

  it('narrows to a level: its people, and the ties with both ends in it', async () => {
    const network = await view('?level=middle');
    expect(network.levels.map((level) => level.level)).toEqual(['middle']);
    expect(names(network.nodes)).toEqual(['Middle Marketing', 'Middle Marketing Two', 'Middle Sales']);
    expect(network.edges).toHaveLength(1);
    expect(network.edges[0]).toMatchObject({ crossFunction: true });
  });

  it('narrows to a function: its people and their cross-function counterparts, with the ties that touch the function', async () => {
    const network = await view('?level=frontline&function=marketing');
    expect(names(network.nodes)).toEqual(['Marketing m1', 'Marketing m2', 'Marketing m3', 'Marketing m4', 'Marketing m5', 'Sales s1', 'Sales s2', 'Sales s3', 'Sales s4']);
    // The sales triangle's own ties are not drawn; every marketing tie is.
    expect(network.edges).toHaveLength(7);
    const sales = new Set(['s1', 's2', 's3', 's4', 's5'].map((n) => idOf.get(n)));
    expect(network.edges.some((edge) => sales.has(edge.a) && sales.has(edge.b))).toBe(false);
    expect(names(network.isolated)).toEqual(['Marketing m2', 'Marketing m3']);
    const sellers = await view('?function=sales');
    expect(names(sellers.nodes)).toEqual(['Marketing m1', 'Marketing m4', 'Marketing m5', 'Middle Marketing', 'Middle Sales', 'Sales s1', 'Sales s2', 'Sales s3', 'Sales s4', 'Sales s5']);
  });

  it('counts only the contacts inside the window', async () => {
    // Events fall 1, 11, 21 … 51 days ago: a 14-day window keeps two of each pair's six days, so ties are weaker.
    const full = await view();
    const short = await view('?windowDays=14');
    expect(short.windowDays).toBe(14);
    expect(short.tieCount).toBe(11);
    const strength = (v: NetworkView) => v.edges.reduce((sum, edge) => sum + edge.strength, 0);
    expect(strength(short)).not.toBeCloseTo(strength(full), 3);
    const past = await view(`?asOf=${new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10)}`);
    expect(past).toMatchObject({ hasEvents: false, tieCount: 0, edges: [], brokers: [] });
  });

  it('makes the same ties from the per-pair window totals as from the day rows', async () => {
    const asOf = today();
    const afterDay = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
    const [days, totals] = await test.db.withOrg(orgId, async (tx) => [
      await findPairDays(tx, orgId, { from: afterDay, to: asOf, limit: 100_000 }),
      await pairTotalsInWindow(tx, orgId, { afterDay, lastDay: asOf }),
    ]);
    expect(totals.length).toBe(22);
    expect(days.length).toBeGreaterThan(totals.length);
    const options = { now: windowEndOf(asOf), windowDays: 90 };
    expect(tiesFromPairDays(totals, options)).toEqual(tiesFromPairDays(days, options));
  });

  it('refuses malformed, out-of-range and future parameters with a clear message', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    for (const query of ['level=boss', 'function=other', 'windowDays=7', 'windowDays=366', 'windowDays=many', 'windowDays=30.5', 'asOf=yesterday', 'asOf=2026-02-30', `asOf=${tomorrow}`]) {
      const response = await leader.request('GET', `/api/signals/network?${query}`);
      expect(response.statusCode, query).toBe(422);
      expect(response.json().error.code, query).toBe('INVALID_INPUT');
    }
    expect((await leader.request('GET', `/api/signals/network?asOf=${tomorrow}`)).json().error.message).toContain('future');
  });

  it('lets leaders, analysts and admins read it, and refuses members and auditors', async () => {
    expect((await view('', analyst)).nodes.length).toBeGreaterThan(0);
    for (const client of [member, auditor]) {
      const response = await client.request('GET', '/api/signals/network');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it("shows an org only its own people and ties, even when the other org's view is cached", async () => {
    await view();
    const other = await createOrg(test.db, { people: [personRecord({ email: 'solo@other.example', function: 'sales' })] });
    const otherAnalyst = await signedIn(app, other.users.analyst.email);
    const network = await view('', otherAnalyst);
    expect(network).toMatchObject({ hasEvents: false, tieCount: 0, edges: [] });
    expect(network.nodes.map((node) => node.name)).toEqual([expect.stringMatching(/^Person /)]);
    const ours = new Set(idOf.values());
    expect(network.nodes.some((node) => ours.has(node.personId))).toBe(false);
  });

  it('documents the endpoint in the OpenAPI description', async () => {
    const spec = (await analyst.request('GET', '/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toContain('/api/signals/network');
  });

  // Last: it adds a tie. The signals revision is in the cache key, so the cached view is not served after a batch.
  it('shows a new batch at once, without waiting for the cache to expire', async () => {
    expect((await view()).tieCount).toBe(11);
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const batch = await analyst.request('POST', '/api/events/batch', [
      { source: 's5@net.example', target: 'm3@net.example', occurredAt: at, channel: 'call', answeredAt: at, externalId: 'net-fresh-1' },
      { source: 'm3@net.example', target: 's5@net.example', occurredAt: at, channel: 'chat', answeredAt: at, externalId: 'net-fresh-2' },
    ]);
    expect(batch.json()).toMatchObject({ accepted: 2 });
    const after = await view();
    expect(after.tieCount).toBe(12);
    expect(names(after.isolated)).toEqual(['Marketing m2', 'Middle Marketing Two']);
  });
});
