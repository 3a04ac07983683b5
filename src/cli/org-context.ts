import type { UseCaseContext } from '../server/actor';
import type { Database } from '../server/db/create-db';
import { listOrgs } from '../server/org/list-orgs';

/** The CLI acts as an admin of one org: the one named by --org, or the only one there is. */
export async function cliContext(db: Database, orgSlug: string | undefined): Promise<UseCaseContext> {
  const orgs = await listOrgs(db);
  if (orgs.length === 0) throw new Error('There is no organisation yet: run `tandem demo` or `tandem org create` first.');
  const org = orgSlug ? orgs.find((o) => o.slug === orgSlug) : orgs.length === 1 ? orgs[0] : undefined;
  if (!org) {
    const known = orgs.map((o) => `${o.slug} (${o.name})`).join(', ');
    throw new Error(orgSlug ? `No organisation has the slug "${orgSlug}". Known: ${known}.` : `There are several organisations: choose one with --org. Known: ${known}.`);
  }
  return { db, actor: { userId: null, orgId: org.orgId, role: 'admin', personId: null } };
}
