import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridRelations } from '../../src/domain/dysfunction/journal-aggregate';
import { revealsByDifference } from '../../src/domain/dysfunction/suppression';
import { LEVELS } from '../../src/domain/org/types';
import type { App } from '../../src/server/app';
import type { JournalEntryInput } from '../../src/shared/dysfunction';
import { writeJournalEntry } from '../../src/server/dysfunction/write-journal-entry';
import { listEntriesOf } from '../../src/server/dysfunction/journal-repository';
import { allPeople } from '../../src/server/org/people-repository';
import { createOrg } from '../support/factories';
import { signedIn, startTestApp, type Client } from '../support/http';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { createSignalsOrg } from './dysfunction-world';

const entry: JournalEntryInput = {
  shared: false,
  dysfunction: 'dysfunction.lack_of_collaboration',
  trigger: 'Asked for the pricing sheet three times; nothing came.',
  situational: 'Marketing cares about its campaign, not my deals.',
  existential: 'I am on my own here.',
  response: 'I built my own sheet.',
  interpretationIds: ['interpretation.marketing_self_oriented', 'interpretation.role_conflict'],
  responseIds: ['response.lone_wolfism'],
};

describe.each(drivers)('the private sensemaking journal on %s', (kind) => {
  let test: TestDb;
  let app: App;
  let org: Awaited<ReturnType<typeof createSignalsOrg>>;
  let seller: Client;
  let marketer: Client;
  let leader: Client;
  let analyst: Client;
  let admin: Client;
  let entryId: string;

  beforeAll(async () => {
    test = await openTestDb(kind);
    app = await startTestApp(test.db);
    // Authors enough for most cells to pass the minimum of 5; only two middle sellers.
    const group = (fn: 'sales' | 'marketing', level: 'senior' | 'middle' | 'frontline', n: number) => Array.from({ length: n }, () => ({ function: fn, level }));
    const extra = [...group('sales', 'frontline', 5), ...group('sales', 'middle', 2), ...group('sales', 'senior', 5), ...group('marketing', 'frontline', 6), ...group('marketing', 'middle', 5), ...group('marketing', 'senior', 5)];
    org = await createSignalsOrg(test.db, extra);
    seller = await signedIn(app, org.member('seller').email);
    marketer = await signedIn(app, org.member('marketer').email);
    leader = await signedIn(app, org.member('vpSales').email);
    analyst = await signedIn(app, org.users.analyst.email);
    admin = await signedIn(app, org.users.admin.email);
    const created = await seller.request('POST', '/api/journal', entry);
    expect(created.statusCode).toBe(201);
    entryId = created.json().id;
  });
  afterAll(async () => {
    await app.close();
    await test.close();
  });

  it('keeps an entry private: nobody else can list, read, change or delete it — not a colleague, admin or analyst', async () => {
    const own = (await seller.request('GET', '/api/journal')).json().items;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ id: entryId, shared: false, trigger: entry.trigger });
    for (const other of [marketer, admin, analyst, leader]) {
      const list = await other.request('GET', '/api/journal');
      expect(list.json().items).toEqual([]);
      expect(list.body).not.toContain('pricing sheet');
      expect((await other.request('PUT', `/api/journal/${entryId}`, { ...entry, trigger: 'overwritten' })).statusCode).toBe(404);
      expect((await other.request('DELETE', `/api/journal/${entryId}`)).statusCode).toBe(404);
    }
    expect((await analyst.request('GET', '/api/journal/shared')).json().items).toEqual([]);
    // Nor can anyone from another organisation, whatever their role.
    const other = await createOrg(test.db);
    for (const role of ['admin', 'analyst', 'member'] as const) {
      const outsider = await signedIn(app, other.users[role].email);
      expect((await outsider.request('PUT', `/api/journal/${entryId}`, { ...entry, trigger: 'overwritten' })).statusCode).toBe(404);
      expect((await outsider.request('DELETE', `/api/journal/${entryId}`)).statusCode).toBe(404);
      expect((await outsider.request('GET', '/api/journal')).body).not.toContain('pricing sheet');
    }
    expect((await seller.request('GET', '/api/journal')).json().items[0].trigger).toBe(entry.trigger);
  });

  it('shows a shared entry to analysts without its author, and to nobody else', async () => {
    const shared = await seller.request('PUT', `/api/journal/${entryId}`, { ...entry, shared: true });
    expect(shared.json().shared).toBe(true);
    const forAnalyst = await analyst.request('GET', '/api/journal/shared');
    expect(forAnalyst.json().items).toHaveLength(1);
    expect(forAnalyst.json().items[0]).toMatchObject({ side: 'sales', trigger: entry.trigger, month: expect.stringMatching(/^\d{4}-\d{2}$/) });
    for (const trace of ['Sam Seller', org.member('seller').email, org.member('seller').userId, org.member('seller').personId]) expect(forAnalyst.body).not.toContain(trace);
    expect(Object.keys(forAnalyst.json().items[0])).not.toContain('createdAt');
    expect((await admin.request('GET', '/api/journal/shared')).statusCode).toBe(403);
    expect((await leader.request('GET', '/api/journal/shared')).statusCode).toBe(403);
    await seller.request('PUT', `/api/journal/${entryId}`, { ...entry, shared: false });
    expect((await analyst.request('GET', '/api/journal/shared')).json().items).toEqual([]);
  });

  it('rejects invalid code ids, empty or oversized text, and writes nothing', async () => {
    const bad = [
      { ...entry, interpretationIds: ['interpretation.made_up'] },
      { ...entry, responseIds: ['interpretation.undervalued'] },
      { ...entry, dysfunction: 'dysfunction.bad_mood' },
      { ...entry, interpretationIds: ['interpretation.undervalued', 'interpretation.undervalued'] },
      { ...entry, trigger: '   ' },
      { ...entry, trigger: 'x'.repeat(10_001) },
    ];
    for (const body of bad) {
      const response = await seller.request('POST', '/api/journal', body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(response.json().error.code).toBe('INVALID_INPUT');
    }
    expect((await seller.request('POST', '/api/journal', { ...entry, existential: 'x'.repeat(1024 * 1024) })).statusCode).toBe(413);
    expect((await seller.request('PUT', `/api/journal/${entryId}`, { ...entry, interpretationIds: ['interpretation.made_up'] })).statusCode).toBe(422);
    const own = (await seller.request('GET', '/api/journal')).json().items;
    expect(own).toHaveLength(1);
    expect(own[0].interpretationIds).toEqual(entry.interpretationIds);
  });

  it('deletes an entry for good', async () => {
    const { id } = (await seller.request('POST', '/api/journal', { ...entry, trigger: 'A second one' })).json();
    expect((await seller.request('DELETE', `/api/journal/${id}`)).statusCode).toBe(204);
    expect((await seller.request('DELETE', `/api/journal/${id}`)).statusCode).toBe(404);
    const stored = await test.db.withOrg(org.orgId, (tx) => listEntriesOf(tx, org.orgId, org.member('seller').userId));
    expect(stored.map((row) => row.id)).toEqual([entryId]);
  });

  it('publishes only suppressed aggregates, and no filter combination gives back a hidden cell by subtraction', async () => {
    const people = await test.db.withOrg(org.orgId, (tx) => allPeople(tx, org.orgId));
    const cellOf = new Map(people.map((person) => [person.email, `${person.function}|${person.level}`]));
    const extras = Object.values(org.members).filter((m) => m.email.startsWith('extra'));
    const write = (cell: string, count: number) =>
      Promise.all(extras.filter((m) => cellOf.get(m.email) === cell).slice(0, count).map((m) => writeJournalEntry(m.context, { ...entry, shared: false })));
    // With the seller's own entry: sales 6 frontline, 2 middle, 5 senior; marketing 6 frontline, 5 middle, 5 senior.
    for (const [cell, n] of [['sales|frontline', 5], ['sales|middle', 2], ['sales|senior', 5], ['marketing|frontline', 6], ['marketing|middle', 5], ['marketing|senior', 5]] as const) await write(cell, n);

    expect((await seller.request('GET', '/api/journal/aggregate')).statusCode).toBe(403);
    const published = new Map<string, number>();
    let hiddenSeen = 0;
    for (const fn of [undefined, 'sales', 'marketing']) {
      for (const level of [undefined, ...LEVELS]) {
        const query = new URLSearchParams({ ...(fn ? { function: fn } : {}), ...(level ? { level } : {}) }).toString();
        const response = await leader.request('GET', `/api/journal/aggregate?${query}`);
        expect(response.statusCode).toBe(200);
        const row = response.json().rows.find((r: { tag: string }) => r.tag === 'interpretation.marketing_self_oriented');
        for (const cell of row.cells) {
          const key = `${cell.function ?? '*'}|${cell.level ?? '*'}`;
          if (cell.suppressed) hiddenSeen++;
          else published.set(key, cell.entries);
        }
      }
    }
    // Middle sellers (2) are hidden; so are one more sales cell, one more middle cell and one more senior cell, so that
    // no row or column total gives any of them back.
    expect(published.has('sales|middle')).toBe(false);
    expect(published.get('sales|frontline')).toBe(6);
    expect(published.get('marketing|frontline')).toBe(6);
    expect(published.get('sales|*')).toBe(13);
    expect(published.get('*|middle')).toBe(7);
    expect(published.has('marketing|middle')).toBe(false);
    expect(hiddenSeen).toBeGreaterThan(0);
    const allKeys = ['*', 'sales', 'marketing'].flatMap((fn) => ['*', ...LEVELS].map((level) => `${fn}|${level}`));
    const hidden = new Set(allKeys.filter((key) => !published.has(key)));
    expect(revealsByDifference(hidden, gridRelations())).toBeNull();
  });

  it('compares how each side experiences the same dysfunction at a level, with the same minimum', async () => {
    const dyad = (await analyst.request('GET', '/api/journal/dyad?dysfunction=dysfunction.lack_of_collaboration&level=frontline')).json();
    expect(dyad.minimum).toBe(5);
    const selfOriented = dyad.rows.find((r: { tag: string }) => r.tag === 'interpretation.marketing_self_oriented');
    expect(selfOriented).toMatchObject({ expectedSide: 'sales', sales: { entries: 6, suppressed: false } });
    const futility = dyad.rows.find((r: { tag: string }) => r.tag === 'interpretation.exercise_in_futility');
    expect(futility.expectedSide).toBe('marketing');
    const middle = (await analyst.request('GET', '/api/journal/dyad?dysfunction=dysfunction.lack_of_collaboration&level=middle')).json();
    expect(middle.rows.find((r: { tag: string }) => r.tag === 'interpretation.marketing_self_oriented').sales).toMatchObject({ suppressed: true, entries: null });
    expect((await analyst.request('GET', '/api/journal/dyad?dysfunction=dysfunction.nope&level=middle')).statusCode).toBe(422);
    expect((await marketer.request('GET', '/api/journal/dyad?dysfunction=dysfunction.lack_of_collaboration&level=middle')).statusCode).toBe(403);
  });
});
