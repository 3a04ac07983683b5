import { ROLES } from '../../domain/org/types';
import type { Database } from '../db/create-db';
import { listAllOrgs } from '../org/orgs-repository';
import { listUsers } from '../users/users-repository';
import { DEMO_PASSWORD } from './seed-demo-org';

/** The sign-ins of every demo org, for start-up to print (demo users share DEMO_PASSWORD). */
export async function listDemoSignIns(db: Database) {
  const orgs = (await db.withoutOrg((tx) => listAllOrgs(tx))).filter((o) => o.demo);
  return Promise.all(
    orgs.map(async (org) => ({
      orgName: org.name,
      password: DEMO_PASSWORD,
      users: (await db.withOrg(org.orgId, (tx) => listUsers(tx, org.orgId)))
        .filter((u) => u.active)
        .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.email.localeCompare(b.email))
        .map((u) => ({ email: u.email, role: u.role, name: u.name })),
    })),
  );
}
