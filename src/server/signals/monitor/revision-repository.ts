import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/create-db';
import { rawRows } from '../../db/raw';

/**
 * The org's signals revision (table `signal_revisions`): bumped in the same transaction as every event batch that
 * stores a new event, every rollup rebuild and (by trigger) every change to the org's people. One upsert of one row,
 * so ingest pays one index probe per batch of up to 20,000 events.
 */
export async function bumpSignalsRevision(tx: Tx, orgId: string): Promise<void> {
  await tx.execute(bumpRevisionStatement(orgId, sql`true`));
}

/** The bump as a statement of its own, done only when `when` holds: for a data-modifying CTE of a larger statement. */
export const bumpRevisionStatement = (orgId: string, when: SQL) =>
  sql`insert into signal_revisions as r (org_id, revision) select ${orgId}::uuid, 1 where ${when}
    on conflict (org_id) do update set revision = r.revision + 1`;

/** 0 for an org whose signals never changed. */
export async function readSignalsRevision(tx: Tx, orgId: string): Promise<number> {
  const [row] = await rawRows<{ revision: number }>(tx, sql`select revision::float8 as revision from signal_revisions where org_id = ${orgId}::uuid`);
  return row === undefined ? 0 : Number(row.revision);
}

/**
 * What a cached signal view depends on besides its query, in one read: the signals revision and the org's reporting
 * minimum (which changes suppression). For `db.readInOrg`, a single round trip on a cache hit.
 */
export const cacheStampQuery = (orgId: string) =>
  sql`select coalesce((select revision from signal_revisions where org_id = ${orgId}::uuid), 0)::float8 as revision,
    (select reporting_minimum from orgs where org_id = ${orgId}::uuid) as reporting_minimum`;

export interface CacheStamp {
  revision: number;
  /** Null when the org is not visible (no such org in this scope). */
  reportingMinimum: number | null;
}

/** The stamp inside a transaction (where a computation files its result). */
export async function readCacheStamp(tx: Tx, orgId: string): Promise<CacheStamp> {
  return toCacheStamp((await rawRows<CacheStampRow>(tx, cacheStampQuery(orgId)))[0]);
}

export type CacheStampRow = { revision: number; reporting_minimum: number | null };

export const toCacheStamp = (row: CacheStampRow | undefined): CacheStamp => ({
  revision: Number(row?.revision ?? 0),
  reportingMinimum: row?.reporting_minimum ?? null,
});
