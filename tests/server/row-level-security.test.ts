import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRows } from '../../src/server/db/raw';
import { createOrg, personRecord } from '../support/factories';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

describe.each(drivers)('row-level security on %s', (kind) => {
  let test: TestDb;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    test = await openTestDb(kind);
    orgA = (await createOrg(test.db, { people: [personRecord({ email: 'a1@a.example' }), personRecord({ email: 'a2@a.example' })] })).orgId;
    orgB = (await createOrg(test.db, { people: [personRecord({ email: 'b1@b.example' })] })).orgId;
  });
  afterAll(() => test.close());

  it('a transaction scoped to org A sees only org A rows, even with hand-written SQL that asks for org B', async () => {
    const { all, fromB, orgs } = await test.db.withOrg(orgA, async (tx) => ({
      all: await rawRows<{ email: string }>(tx, sql`select email from people order by email`),
      fromB: await rawRows<{ email: string }>(tx, sql`select email from people where org_id = ${orgB}`),
      orgs: await rawRows<{ org_id: string }>(tx, sql`select org_id from orgs`),
    }));
    expect(all.map((r) => r.email)).toEqual(['a1@a.example', 'a2@a.example']);
    expect(fromB).toEqual([]);
    expect(orgs).toEqual([{ org_id: orgA }]);
  });

  it('the one-round-trip read (readInOrg) is scoped like a transaction and leaves no scope behind', async () => {
    const all = await test.db.readInOrg<{ email: string }>(orgA, sql`select email from people order by email`);
    const fromB = await test.db.readInOrg<{ email: string }>(orgA, sql`select email from people where org_id = ${orgB}`);
    const quoted = await test.db.readInOrg<{ text: string; nothing: null }>(orgA, sql`select ${"O'Brien; drop table people; --"}::text as text, ${null}::text as nothing`);
    expect(all.map((r) => r.email)).toEqual(['a1@a.example', 'a2@a.example']);
    expect(fromB).toEqual([]);
    expect(quoted).toEqual([{ text: "O'Brien; drop table people; --", nothing: null }]);
    const afterwards = await test.db.withoutOrg((tx) => rawRows(tx, sql`select email from people`));
    expect(afterwards).toEqual([]);
  });

  it('a transaction scoped to org A cannot update, delete or insert org B rows', async () => {
    const touched = await test.db.withOrg(orgA, async (tx) => ({
      updated: await rawRows(tx, sql`update people set name = 'hijacked' where org_id = ${orgB} returning id`),
      deleted: await rawRows(tx, sql`delete from sessions where org_id = ${orgB} returning id`),
    }));
    expect(touched).toEqual({ updated: [], deleted: [] });
    await expect(
      test.db.withOrg(orgA, (tx) =>
        rawRows(tx, sql`insert into people (org_id, id, email, name, function, level) values (${orgB}, gen_random_uuid(), 'x@b.example', 'X', 'sales', 'senior')`),
      ),
    ).rejects.toSatisfy((error: Error) => /row-level security/.test(String((error.cause as Error | undefined)?.message)));
    const names = await test.db.withOrg(orgB, (tx) => rawRows<{ name: string }>(tx, sql`select name from people`));
    expect(names.map((r) => r.name)).not.toContain('hijacked');
  });

  it('without an org scope the app role sees no rows at all', async () => {
    const rows = await test.db.withoutOrg((tx) => rawRows(tx, sql`select * from people`));
    expect(rows).toEqual([]);
  });

  it('the app connects as a role that owns no table', async () => {
    const [row] = await test.db.withOrg(orgA, (tx) =>
      rawRows<{ me: string; owned: number }>(tx, sql`select current_user as me, (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned`),
    );
    expect(row).toEqual({ me: 'tandem_app', owned: 0 });
  });

  it.runIf(kind === 'postgres')('a plain connection that sets app.org_id as tandem_app still only sees that org', async () => {
    const client = new pg.Client({ connectionString: test.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('set local role tandem_app');
      await client.query(`select set_config('app.org_id', $1, true)`, [orgB]);
      const { rows } = await client.query('select email from people');
      expect(rows.map((r) => r.email)).toEqual(['b1@b.example']);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});
