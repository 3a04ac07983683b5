import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRows } from '../../src/server/db/raw';
import { openTestDb, type TestDb } from '../support/test-db';

describe.skipIf(!process.env.TEST_DATABASE_URL)('the Postgres pool', () => {
  let test: TestDb;

  beforeAll(async () => {
    test = await openTestDb('postgres');
  });
  afterAll(() => test.close());

  it('survives the server ending its idle connections, and the next query opens a new one', async () => {
    await test.db.withoutOrg((tx) => rawRows(tx, sql`select 1`));
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const database = new URL(test.url as string).pathname.slice(1);
    const ended = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    await admin.end();
    expect(ended.rowCount).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const rows = await test.db.withoutOrg((tx) => rawRows<{ answer: number }>(tx, sql`select 42 as answer`));
    expect(rows).toEqual([{ answer: 42 }]);
  });
});
