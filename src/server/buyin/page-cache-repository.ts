import { sql, type SQL } from 'drizzle-orm';
import type { Database, Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import type { PersonRefRow } from './initiatives-repository';
import { publishedBy } from './pulse-repository';

/** What a read of the initiative page needs before it can use the cache: the key's parts and the viewer. */
export interface PageHead {
  /** Bumped by triggers with every write the page shows (text: a bigint). */
  revision: string;
  /** orgs.reporting_minimum as stored. */
  reportingMinimum: number | null;
  /** The org's latest published organisation pulse and its answers version (its determinants show on the page). */
  organisationPulse: string | null;
  viewerPerson: PersonRefRow | null;
  viewerUserName: string | null;
}

type Viewer = { personId: string | null; userId: string | null };
type HeadRow = { revision: string; minimum: number | null; organisation: string | null; person: PersonRefRow | null; user_name: string | null };

/**
 * The one query of a cached page read: the initiative's revision (no row: not found in this org), the org's reporting
 * minimum and latest organisation pulse, and the viewer's person and user name. Each part is an indexed lookup.
 */
function pageHeadQuery(orgId: string, initiativeId: string, viewer: Viewer, now: Date): SQL {
  return sql`select i.revision::text as revision,
      (select o.reporting_minimum from orgs o where o.org_id = ${orgId}) as minimum,
      (select p.id::text || ':' || p.answers_version from pulses p where p.org_id = ${orgId} and p.kind = 'organisation'
        and ${publishedBy(now)} order by p.opened_at desc limit 1) as organisation,
      (select json_build_object('id', pe.id, 'name', pe.name, 'function', pe.function, 'level', pe.level, 'region', pe.region)
        from people pe where pe.org_id = ${orgId} and pe.id = ${viewer.personId}) as person,
      (select u.name from users u where u.org_id = ${orgId} and u.id = ${viewer.userId}) as user_name
    from initiatives i where i.org_id = ${orgId} and i.id = ${initiativeId}`;
}

const headOf = (row: HeadRow | undefined): PageHead | undefined =>
  row && { revision: String(row.revision), reportingMinimum: row.minimum, organisationPulse: row.organisation, viewerPerson: row.person, viewerUserName: row.user_name };

/** The page head inside a transaction that goes on to load the page. */
export async function loadPageHead(tx: Tx, orgId: string, initiativeId: string, viewer: Viewer, now: Date): Promise<PageHead | undefined> {
  const [row] = await rawRows<HeadRow>(tx, pageHeadQuery(orgId, initiativeId, viewer, now));
  return headOf(row);
}

/** The page head on its own, in one round trip: the cache-hit path (see `Database.readInOrg`). */
export async function readPageHead(db: Database, orgId: string, initiativeId: string, viewer: Viewer, now: Date): Promise<PageHead | undefined> {
  const [row] = await db.readInOrg<HeadRow>(orgId, pageHeadQuery(orgId, initiativeId, viewer, now));
  return headOf(row);
}
