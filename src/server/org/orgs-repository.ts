import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { orgs } from '../db/schema';

export interface OrgRow {
  orgId: string;
  name: string;
  slug: string;
  reportingMinimum: number;
  demo: boolean;
}

export async function insertOrg(tx: Tx, org: OrgRow): Promise<void> {
  await tx.insert(orgs).values(org);
}

export async function findOrg(tx: Tx, orgId: string): Promise<OrgRow | undefined> {
  const [row] = await tx
    .select({ orgId: orgs.orgId, name: orgs.name, slug: orgs.slug, reportingMinimum: orgs.reportingMinimum, demo: orgs.demo })
    .from(orgs)
    .where(eq(orgs.orgId, orgId));
  return row;
}

/** Every org, through the owner-run lookup function (usable outside any org scope: CLI and start-up only). */
export async function listAllOrgs(tx: Tx): Promise<Array<{ orgId: string; slug: string; name: string; demo: boolean }>> {
  const rows = await rawRows<{ org_id: string; slug: string; name: string; demo: boolean }>(tx, sql`select * from tandem_list_orgs()`);
  return rows.map((r) => ({ orgId: r.org_id, slug: r.slug, name: r.name, demo: r.demo }));
}
