import { ROLES } from '../../domain/org/types';
import type { Database } from '../db/create-db';
import { listAllOrgs } from '../org/orgs-repository';
import { findPeopleByIds } from '../org/people-repository';
import { listUsers } from '../users/users-repository';
import { DEMO_PASSWORD } from './seed-demo-org';

/**
 * The sign-ins of every demo org, for start-up to print (demo users share DEMO_PASSWORD). Each says which side and
 * level its person is on, so a newcomer knows whom to sign in as to try marketing's pages or a seller's.
 */
export async function listDemoSignIns(db: Database) {
  const orgs = (await db.withoutOrg((tx) => listAllOrgs(tx))).filter((o) => o.demo);
  return Promise.all(
    orgs.map(async (org) => {
      const { users, people } = await db.withOrg(org.orgId, async (tx) => {
        const active = (await listUsers(tx, org.orgId)).filter((u) => u.active);
        const personIds = active.flatMap((u) => (u.personId ? [u.personId] : []));
        return { users: active, people: await findPeopleByIds(tx, org.orgId, personIds) };
      });
      const personById = new Map(people.map((p) => [p.id, p]));
      return {
        orgName: org.name,
        password: DEMO_PASSWORD,
        users: users
          .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.email.localeCompare(b.email))
          .map((u) => {
            const person = u.personId ? personById.get(u.personId) : undefined;
            return { email: u.email, role: u.role, name: u.name, side: person ? `${person.function}, ${person.level}` : null };
          }),
      };
    }),
  );
}
