import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Person } from '../../domain/org/types';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { people } from '../db/schema';

export interface PersonRow extends Person {
  managerName: string | null;
  directReportCount: number;
}

// Qualified by hand: drizzle leaves single-table column references unqualified, which the subquery would capture.
const reportCount = sql<number>`(select count(*)::int from people r where r.org_id = "people"."org_id" and r.manager_id = "people"."id")`;

const managerName = sql<string | null>`(select m.name from people m where m.org_id = "people"."org_id" and m.id = "people"."manager_id")`;

const columns = {
  id: people.id,
  name: people.name,
  email: people.email,
  function: people.function,
  level: people.level,
  managerId: people.managerId,
  region: people.region,
  title: people.title,
  active: people.active,
  managerName,
  directReportCount: reportCount,
};

export interface PeopleFilter {
  q?: string;
  function?: Person['function'];
  level?: Person['level'];
  region?: string;
  managerId?: string;
  roots?: boolean;
}

function whereOf(orgId: string, filter: PeopleFilter): SQL | undefined {
  const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    eq(people.orgId, orgId),
    escaped ? or(ilike(people.name, `%${escaped}%`), ilike(people.email, `%${escaped}%`), ilike(people.title, `%${escaped}%`)) : undefined,
    filter.function ? eq(people.function, filter.function) : undefined,
    filter.level ? eq(people.level, filter.level) : undefined,
    filter.region ? eq(people.region, filter.region) : undefined,
    filter.managerId ? eq(people.managerId, filter.managerId) : undefined,
    filter.roots ? isNull(people.managerId) : undefined,
  );
}

export async function findPeople(tx: Tx, orgId: string, filter: PeopleFilter, page: { limit: number; offset: number }) {
  const where = whereOf(orgId, filter);
  // One after the other: a transaction is one connection, which runs one query at a time.
  const items = await tx.select(columns).from(people).where(where).orderBy(asc(people.name), asc(people.id)).limit(page.limit).offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(people).where(where);
  return { items: items as PersonRow[], total: total?.n ?? 0 };
}

export async function findPeopleByIds(tx: Tx, orgId: string, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return (await tx.select(columns).from(people).where(and(eq(people.orgId, orgId), inArray(people.id, [...ids])))) as PersonRow[];
}

export async function findPerson(tx: Tx, orgId: string, id: string): Promise<PersonRow | undefined> {
  const [row] = await findPeopleByIds(tx, orgId, [id]);
  return row;
}

/** The reporting line above a person, manager first, in one recursive query (depth-capped against bad data). */
export async function findLineAbove(tx: Tx, orgId: string, id: string): Promise<PersonRow[]> {
  const rows = await rawRows<{ id: string; depth: number }>(tx, sql`
    with recursive line(id, manager_id, depth) as (
      select p.id, p.manager_id, 0 from people p where p.org_id = ${orgId} and p.id = ${id}
      union all
      select m.id, m.manager_id, line.depth + 1 from people m join line on m.id = line.manager_id
      where m.org_id = ${orgId} and line.depth < 64
    )
    select id, depth from line where depth > 0 order by depth`);
  const byId = new Map((await findPeopleByIds(tx, orgId, rows.map((r) => r.id))).map((p) => [p.id, p]));
  return rows.map((r) => byId.get(r.id)).filter((p): p is PersonRow => p !== undefined);
}

/** How many people are below a person, at any depth. */
export async function countBelow(tx: Tx, orgId: string, id: string): Promise<number> {
  const rows = await rawRows<{ n: number }>(tx, sql`
    with recursive below(id, depth) as (
      select p.id, 0 from people p where p.org_id = ${orgId} and p.manager_id = ${id}
      union all
      select r.id, below.depth + 1 from people r join below on r.manager_id = below.id
      where r.org_id = ${orgId} and below.depth < 64
    )
    select count(distinct id)::int as n from below`);
  return rows[0]?.n ?? 0;
}

export async function allPeople(tx: Tx, orgId: string): Promise<Person[]> {
  return tx
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      function: people.function,
      level: people.level,
      managerId: people.managerId,
      region: people.region,
      title: people.title,
      active: people.active,
    })
    .from(people)
    .where(eq(people.orgId, orgId));
}

export async function emailToId(tx: Tx, orgId: string): Promise<Map<string, string>> {
  const rows = await tx.select({ id: people.id, email: people.email }).from(people).where(eq(people.orgId, orgId));
  return new Map(rows.map((r) => [r.email, r.id]));
}

export async function countGrid(tx: Tx, orgId: string) {
  return tx
    .select({ function: people.function, level: people.level, count: count(), active: sql<number>`count(*) filter (where ${people.active})::int` })
    .from(people)
    .where(eq(people.orgId, orgId))
    .groupBy(people.function, people.level);
}

export async function listRegions(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ region: people.region })
    .from(people)
    .where(and(eq(people.orgId, orgId), sql`${people.region} is not null`))
    .orderBy(asc(people.region));
  return rows.map((r) => r.region as string);
}

export async function findPersonIdByEmail(tx: Tx, orgId: string, email: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.email, email)));
  return row?.id;
}

export interface PersonWrite {
  id: string;
  email: string;
  name: string;
  function: Person['function'];
  level: Person['level'];
  managerId: string | null;
  region: string | null;
  title: string | null;
  active: boolean;
}

/**
 * Inserts or updates people by e-mail, in chunks of one statement each: the rows travel as nine arrays that
 * `unnest` turns back into rows, which is several times faster than a VALUES list of the same rows. Callers order
 * the list so a manager comes before the people who report to them (the manager foreign key is checked at the end
 * of each statement).
 */
export async function upsertPeople(tx: Tx, orgId: string, rows: readonly PersonWrite[], onChunk?: (written: number) => void) {
  const chunkSize = 10_000;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    // sql.param keeps each array one parameter (a bare array would expand into a list of parameters).
    const column = <K extends keyof PersonWrite>(key: K) => sql.param(chunk.map((r) => r[key]));
    await tx.execute(sql`
      insert into people (org_id, id, email, name, function, level, manager_id, region, title, active)
      select ${orgId}::uuid, u.* from unnest(
        ${column('id')}::uuid[], ${column('email')}::text[], ${column('name')}::text[], ${column('function')}::text[],
        ${column('level')}::text[], ${column('managerId')}::uuid[], ${column('region')}::text[], ${column('title')}::text[],
        ${column('active')}::boolean[]
      ) as u(id, email, name, function, level, manager_id, region, title, active)
      on conflict (org_id, email) do update set
        name = excluded.name, function = excluded.function, level = excluded.level, manager_id = excluded.manager_id,
        region = excluded.region, title = excluded.title, active = excluded.active, updated_at = now()`);
    onChunk?.(Math.min(start + chunkSize, rows.length));
  }
}
