import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRows } from '../../src/server/db/raw';
import { AppError } from '../../src/server/errors';
import { ingestEvents } from '../../src/server/signals/ingest-events';
import { rebuildRollups } from '../../src/server/signals/rebuild-rollups';
import type { IngestReport } from '../../src/shared/signals';
import { createOrg } from '../support/factories';
import { drivers, openTestDb, type TestDb } from '../support/test-db';
import { NOW, countStoredEvents, csv, dumpRollups, signalPeople } from './signals-support';

type Org = Awaited<ReturnType<typeof createOrg>>;

async function refusal(promise: Promise<unknown>): Promise<{ error: AppError; report: IngestReport }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { error, report: error.details as IngestReport };
}

describe.each(drivers)('event ingestion on %s', (kind) => {
  let test: TestDb;
  let org: Org;
  const ingest = (lines: string[], onError: 'abort' | 'skip' = 'abort', target = org, batchSize?: number) =>
    ingestEvents(target.contextFor('analyst'), { source: { kind: 'stream', input: csv(...lines), format: 'csv' }, onError, now: NOW, batchSize });

  beforeAll(async () => {
    test = await openTestDb(kind);
    org = await createOrg(test.db, { people: signalPeople });
  });
  afterAll(async () => {
    await test.close();
  });

  it('stores a file of events, normalises initiated-by, and fills both rollups', async () => {
    const report = await ingest([
      'sam@acme.example,mia@acme.example,2026-03-02T09:00:00Z,email,source,2026-03-02T10:00:30Z,e1',
      // Recorded on Mia's side, but Sam started it: the pair is still Sam → Mia.
      'mia@acme.example,sam@acme.example,2026-03-02T15:00:00+01:00,call,target,,e2',
      'sam@acme.example,sue@acme.example,2026-03-03T09:00:00Z,chat,,,e3',
    ]);
    expect(report).toMatchObject({ committed: true, lines: 4, valid: 3, accepted: 3, duplicates: 0, rejected: 0 });
    const { pairs, units } = await dumpRollups(test.db, org.orgId);
    expect(pairs).toHaveLength(2);
    const samToMia = pairs.find((p) => p.day === '2026-03-02') as Record<string, unknown>;
    expect(samToMia).toMatchObject({ events: 2, answered: 1, unanswered: 1, response_seconds_sum: '3630', cross_function: true });
    expect(String(samToMia.last_at)).toContain('2026-03-02 14:00:00');
    const samSide = units.find((u) => u.unit === 'North' && u.function === 'sales') as Record<string, unknown>;
    expect(samSide).toMatchObject({ week_start: '2026-03-02', initiated: 3, outreach: 2, outreach_answered: 1, outreach_unanswered: 1, inbound: 0 });
    const miaSide = units.find((u) => u.unit === 'North' && u.function === 'marketing') as Record<string, unknown>;
    expect(miaSide).toMatchObject({ initiated: 0, outreach: 0, inbound: 2, inbound_answered: 1, inbound_unanswered: 1, inbound_response_seconds_sum: '3630' });
  });

  it('reads NDJSON files like CSV, with the same checks and line numbers', async () => {
    const fresh = await createOrg(test.db, { people: signalPeople });
    const lines = [
      JSON.stringify({ source: 'sam@acme.example', target: 'mia@acme.example', occurredAt: '2026-03-02T09:00:00Z', channel: 'email', externalId: 'n1' }),
      '',
      JSON.stringify({ source: 'mia@acme.example', target: 'sam@acme.example', occurred_at: '2026-03-02T10:00:00Z', channel: 'chat', answered_at: '2026-03-02T10:05:00Z' }),
      '{"source": "sam@acme.example", "target": ',
    ];
    const report = await ingestEvents(fresh.contextFor('analyst'), { source: { kind: 'stream', input: Readable.from([lines.join('\n')]), format: 'ndjson' }, onError: 'skip', now: NOW });
    expect(report).toMatchObject({ lines: 4, accepted: 2, rejected: 1, rejections: [{ line: 4, reason: 'malformed_line' }] });
  });

  it('counts a re-sent event once, by its external id or, without one, by its content', async () => {
    const other = await createOrg(test.db, { people: signalPeople });
    const lines = ['sam@acme.example,mia@acme.example,2026-03-05T09:00:00Z,email,source,,x1', 'sue@acme.example,max@acme.example,2026-03-05T09:00:00Z,meeting,source,,'];
    expect(await ingest(lines, 'abort', other)).toMatchObject({ accepted: 2, duplicates: 0 });
    const before = await dumpRollups(test.db, other.orgId);
    expect(await ingest([...lines, lines[0] as string], 'abort', other)).toMatchObject({ valid: 3, accepted: 0, duplicates: 3 });
    expect(await countStoredEvents(test.db, other.orgId)).toBe(2);
    expect(await dumpRollups(test.db, other.orgId)).toEqual(before);
  });

  it('rejects each kind of bad event with its line number, and in abort mode stores nothing from the file', async () => {
    const fresh = await createOrg(test.db, { people: signalPeople });
    const { error, report } = await refusal(
      ingest(
        [
          'sam@acme.example,mia@acme.example,2026-03-05T09:00:00Z,email,source,,ok1',
          'ghost@acme.example,mia@acme.example,2026-03-05T09:00:00Z,email,source,,bad1',
          'sam@acme.example,mia@acme.example,2026-04-05T09:00:00Z,email,source,,bad2',
          'sam@acme.example,mia@acme.example,yesterday,email,source,,bad3',
          'sam@acme.example,sam@acme.example,2026-03-05T09:00:00Z,email,source,,bad4',
          'sam@acme.example,mia@acme.example,2026-03-05T09:00:00Z,email,source,2026-03-05T08:00:00Z,bad5',
          'sam@acme.example,mia@acme.example,2026-03-05T09:00:00Z,pigeon,source,,bad6',
          'sam@acme.example,"mia@acme.example,2026-03-05T09:00:00Z,email,source,,bad7',
          'sam@acme.example,mia@acme.example,2026-03-05T09:00:00,email,source,,bad8',
          'sam@acme.example,mia@acme.example,2026-03-06T09:00:00Z,email,source,,ok2',
        ],
        'abort',
        fresh,
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(report.committed).toBe(false);
    expect(report.rejections.map((r) => [r.line, r.reason])).toEqual([
      [3, 'unknown_person'],
      [4, 'future_timestamp'],
      [5, 'unparseable_timestamp'],
      [6, 'self_contact'],
      [7, 'answered_before_occurred'],
      [8, 'bad_channel'],
      [9, 'malformed_line'],
      [10, 'unparseable_timestamp'],
    ]);
    expect(report.unknownPeople).toEqual({ count: 1, first: [{ line: 3, ref: 'ghost@acme.example' }] });
    expect(report).toMatchObject({ valid: 2, rejected: 8, accepted: 0 });
    expect(await countStoredEvents(test.db, fresh.orgId)).toBe(0);
    expect((await dumpRollups(test.db, fresh.orgId)).pairs).toEqual([]);
  });

  it('in abort mode rolls back batches already written before a malformed line in the middle of the file', async () => {
    const fresh = await createOrg(test.db, { people: signalPeople });
    const good = Array.from({ length: 30 }, (_, i) => `sam@acme.example,mia@acme.example,2026-03-0${1 + (i % 9)}T09:00:${String(i).padStart(2, '0')}Z,email,source,,g${i}`);
    const { report } = await refusal(ingest([...good.slice(0, 20), 'not,a,valid', ...good.slice(20)], 'abort', fresh, 5));
    expect(report.rejections).toEqual([{ line: 22, reason: 'malformed_line', message: 'The line has 3 fields; the header has 7.' }]);
    expect(await countStoredEvents(test.db, fresh.orgId)).toBe(0);
  });

  it('in skip mode stores the good lines around a malformed one and reports it', async () => {
    const fresh = await createOrg(test.db, { people: signalPeople });
    const report = await ingest(
      ['sam@acme.example,mia@acme.example,2026-03-05T09:00:00Z,email,source,,s1', '{"oops": true}', 'mia@acme.example,sam@acme.example,2026-03-05T10:00:00Z,email,source,,s2'],
      'skip',
      fresh,
    );
    expect(report).toMatchObject({ committed: true, accepted: 2, rejected: 1, rejections: [{ line: 3, reason: 'malformed_line' }] });
    expect(await countStoredEvents(test.db, fresh.orgId)).toBe(2);
  });

  it('refuses a file whose header lacks a required column, and members may not ingest', async () => {
    await expect(ingestEvents(org.contextFor('analyst'), { source: { kind: 'stream', input: csv(), format: 'csv' }, onError: 'abort', now: NOW })).resolves.toMatchObject({ lines: 1, valid: 0 });
    await expect(
      ingestEvents(org.contextFor('analyst'), { source: { kind: 'stream', input: Readable.from(['who,whom,when\n']), format: 'csv' }, onError: 'abort', now: NOW }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('lacks source, target, occurred_at') });
    await expect(ingestEvents(org.contextFor('member'), { source: { kind: 'items', items: [] }, onError: 'abort', now: NOW })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps raw events append-only: the app role cannot update or delete them', async () => {
    const refused = (statement: ReturnType<typeof sql>) =>
      test.db.withOrg(org.orgId, (tx) => tx.execute(statement)).then(
        () => 'allowed',
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await refused(sql`update signal_events set channel = 'other' where org_id = ${org.orgId}`)).toMatch(/permission denied/);
    expect(await refused(sql`delete from signal_events where org_id = ${org.orgId}`)).toMatch(/permission denied/);
    expect(await countStoredEvents(test.db, org.orgId)).toBe(3);
  });

  it('gives the same rollups incrementally (batches, duplicates, days out of order) as a full rebuild, row for row', async () => {
    const fresh = await createOrg(test.db, { people: signalPeople });
    const emails = signalPeople.map((p) => p.email);
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const a = emails[(i * 7) % 5] as string;
      const b = emails[(i * 3 + 1) % 5] as string;
      if (a === b) continue;
      // Days jump back and forth across three weeks; every third event is answered after a few minutes.
      const day = 1 + ((i * 11) % 19);
      const at = `2026-03-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`;
      const answered = i % 3 === 0 ? at.replace(/:00Z$/, ':59.500Z') : '';
      lines.push(`${a},${b},${at},${['email', 'call', 'chat'][i % 3]},${i % 2 ? 'source' : 'target'},${answered},${i % 4 === 0 ? '' : `k${i}`}`);
    }
    await ingest(lines.slice(0, 150), 'abort', fresh, 37);
    await ingest(lines.slice(100, 300), 'skip', fresh, 41);
    const last = await ingest(lines.slice(250), 'abort', fresh, 1000);
    expect(last.duplicates).toBe(lines.slice(250, 300).length);
    const incremental = await dumpRollups(test.db, fresh.orgId);
    const rebuilt = await rebuildRollups(fresh.contextFor('analyst'));
    expect(rebuilt.events).toBe(lines.length);
    expect(await dumpRollups(test.db, fresh.orgId)).toEqual(incremental);
    expect(incremental.pairs.length).toBeGreaterThan(10);
    const [total] = await test.db.withOrg(fresh.orgId, (tx) => rawRows<{ n: number }>(tx, sql`select sum(events)::int as n from signal_pair_days where org_id = ${fresh.orgId}`));
    expect(total?.n).toBe(lines.length);
    expect(rebuilt.corrected).toBe(0);

    // Damage both rollups every way a row can be wrong: missing, a wrong value, a row no event supports.
    const damage = [
      sql`delete from signal_pair_days where org_id = ${fresh.orgId} and (day, initiator_id, recipient_id) in (select day, initiator_id, recipient_id from signal_pair_days where org_id = ${fresh.orgId} order by day, initiator_id, recipient_id limit 3)`,
      sql`update signal_pair_days set answered = answered + 1, cross_function = not cross_function where org_id = ${fresh.orgId} and day = (select max(day) from signal_pair_days where org_id = ${fresh.orgId})`,
      sql`insert into signal_pair_days select org_id, recipient_id, initiator_id, day - 400, 9, 9, 0, 99, last_at, cross_function from signal_pair_days where org_id = ${fresh.orgId} limit 2`,
      sql`delete from signal_unit_weeks where org_id = ${fresh.orgId} and week_start = (select min(week_start) from signal_unit_weeks where org_id = ${fresh.orgId})`,
      sql`update signal_unit_weeks set inbound_response_seconds_sum = inbound_response_seconds_sum + 7 where org_id = ${fresh.orgId} and week_start = (select max(week_start) from signal_unit_weeks where org_id = ${fresh.orgId})`,
    ];
    for (const statement of damage) await test.db.withOrg(fresh.orgId, (tx) => tx.execute(statement));
    expect(await dumpRollups(test.db, fresh.orgId)).not.toEqual(incremental);
    const repaired = await rebuildRollups(fresh.contextFor('analyst'));
    expect(repaired.corrected).toBeGreaterThanOrEqual(3 + 1 + 2 + 1 + 1);
    expect(await dumpRollups(test.db, fresh.orgId)).toEqual(incremental);
    expect((await rebuildRollups(fresh.contextFor('analyst'))).corrected).toBe(0);
  });
});
