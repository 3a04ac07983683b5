import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app';
import { limits } from '../../src/shared/limits';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { signalPeople } from './signals-support';

describe.each(drivers)('signals API on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let analyst: Client;
  let leader: Client;
  let member: Client;
  let samId: string;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    const org = await createOrg(test.db, { people: signalPeople });
    analyst = await signedIn(app, org.users.analyst.email);
    leader = await signedIn(app, org.users.leader.email);
    member = await signedIn(app, org.users.member.email);
    samId = (await analyst.request('GET', '/api/people?q=sam@acme.example')).json().items[0].id;
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  const events = () => [
    { source: 'sam@acme.example', target: 'mia@acme.example', occurredAt: '2026-03-02T09:00:00Z', channel: 'email', answeredAt: '2026-03-02T09:10:00Z', externalId: 'api-1' },
    { source: 'mia@acme.example', target: 'sam@acme.example', occurredAt: '2026-03-04T09:00:00Z', channel: 'call', externalId: 'api-2' },
  ];

  it('ingests a batch, answers the counts, and counts a re-sent batch as duplicates', async () => {
    const first = await analyst.request('POST', '/api/events/batch', events());
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ committed: true, lines: 2, valid: 2, accepted: 2, duplicates: 0, rejected: 0 });
    const again = await analyst.request('POST', '/api/events/batch', events());
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 2 });
  });

  it('accepts people by id as well as by e-mail', async () => {
    const byId = await analyst.request('POST', '/api/events/batch', [{ source: samId, target: 'max@acme.example', occurredAt: '2026-03-03T09:00:00Z', channel: 'chat', externalId: 'api-3' }]);
    expect(byId.json()).toMatchObject({ accepted: 1 });
  });

  it('refuses the whole batch by default when one event is bad, and stores the rest with onError=skip', async () => {
    const bad = [...events().map((e) => ({ ...e, externalId: `${e.externalId}-b` })), { source: 'ghost@acme.example', target: 'sam@acme.example', occurredAt: '2026-03-04T09:00:00Z', channel: 'call' }];
    const refused = await analyst.request('POST', '/api/events/batch', bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'INVALID_INPUT', details: { committed: false, rejected: 1, unknownPeople: { count: 1, first: [{ line: 3, ref: 'ghost@acme.example' }] } } });
    const skipped = await analyst.request('POST', '/api/events/batch?onError=skip', bad);
    expect(skipped.json()).toMatchObject({ committed: true, accepted: 2, rejected: 1 });
  });

  it('refuses a body that is not an array of events, an empty one, or one above the batch limit', async () => {
    expect((await analyst.request('POST', '/api/events/batch', { source: 'x' })).statusCode).toBe(422);
    expect((await analyst.request('POST', '/api/events/batch', [])).statusCode).toBe(422);
    const tooMany = Array.from({ length: limits.eventBatchMax + 1 }, (_, i) => ({ source: 'a', target: 'b', occurredAt: 'c', channel: 'email', externalId: `t${i}` }));
    const response = await analyst.request('POST', '/api/events/batch', tooMany);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('INVALID_INPUT');
  });

  it('lets only analysts and admins ingest', async () => {
    expect((await member.request('POST', '/api/events/batch', events())).statusCode).toBe(403);
    expect((await leader.request('POST', '/api/events/batch', events())).statusCode).toBe(403);
  });

  it('reads the pair rollup for a person and the unit rollup filtered by function, for leaders but not members', async () => {
    const pairs = await leader.request('GET', `/api/signals/rollups/pairs?from=2026-03-01&to=2026-03-31&personId=${samId}`);
    expect(pairs.statusCode).toBe(200);
    const items = pairs.json().items as Array<{ day: string; events: number; answered: number; responseSecondsSum: number; crossFunction: boolean }>;
    expect(items.map((r) => r.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    // api-1 and its copy api-1-b from the skip test: two answered e-mails, ten minutes each.
    expect(items[0]).toMatchObject({ events: 2, answered: 2, responseSecondsSum: 1200, crossFunction: true });
    const units = await leader.request('GET', '/api/signals/rollups/units?from=2026-03-01&to=2026-03-31&function=marketing');
    expect(units.json().items).toEqual([
      expect.objectContaining({ unit: '(none)', level: 'middle', function: 'marketing', weekStart: '2026-03-02', inbound: 1, inboundUnanswered: 1 }),
      expect.objectContaining({ unit: 'North', level: 'frontline', function: 'marketing', weekStart: '2026-03-02', outreach: 2, outreachUnanswered: 2, inbound: 2, inboundAnswered: 2 }),
    ]);
    expect((await member.request('GET', '/api/signals/rollups/units?from=2026-03-01&to=2026-03-31')).statusCode).toBe(403);
  });

  it('refuses reversed, malformed and over-long date ranges', async () => {
    expect((await leader.request('GET', '/api/signals/rollups/units?from=2026-03-31&to=2026-03-01')).json().error.message).toContain('after');
    expect((await leader.request('GET', '/api/signals/rollups/pairs?from=yesterday&to=2026-03-01')).statusCode).toBe(422);
    expect((await leader.request('GET', '/api/signals/rollups/pairs?from=2020-01-01&to=2026-03-01')).statusCode).toBe(422);
  });

  it('documents the endpoints in the OpenAPI description', async () => {
    const spec = (await analyst.request('GET', '/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/events/batch', '/api/signals/rollups/pairs', '/api/signals/rollups/units']));
  });
});
