import { ROLES, type PersonRecord, type Role } from '../../src/domain/org/types';
import type { UseCaseContext } from '../../src/server/actor';
import { hashPassword } from '../../src/server/auth/passwords';
import type { Database } from '../../src/server/db/create-db';
import { newId } from '../../src/server/ids';
import { insertOrg } from '../../src/server/org/orgs-repository';
import { writePeople } from '../../src/server/org/write-people';
import { createUserIn } from '../../src/server/users/create-user';

export const TEST_PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function personRecord(overrides: Partial<PersonRecord> = {}): PersonRecord {
  const n = unique();
  return {
    name: `Person ${n}`,
    email: `person.${n}@example.com`,
    function: 'sales',
    level: 'frontline',
    managerEmail: null,
    region: 'EMEA North',
    title: 'Account Executive',
    active: true,
    ...overrides,
  };
}

/** An org with one user per role (all with TEST_PASSWORD) and the given people. */
export async function createOrg(db: Database, options: { name?: string; people?: PersonRecord[] } = {}) {
  const orgId = newId();
  const tag = unique();
  const hash = await testHash();
  const users = await db.withOrg(orgId, async (tx) => {
    await insertOrg(tx, { orgId, name: options.name ?? `Org ${tag}`, slug: `org-${tag}`, reportingMinimum: 5, demo: false });
    if (options.people?.length) await writePeople(tx, orgId, options.people);
    const made: Record<Role, { id: string; email: string }> = {} as never;
    for (const role of ROLES) {
      const user = await createUserIn(tx, orgId, { email: `${role}.${tag}@example.com`, name: `${role} ${tag}`, role, passwordHash: hash });
      made[role] = { id: user.id, email: user.email };
    }
    return made;
  });
  const contextFor = (role: Role): UseCaseContext => ({ db, actor: { userId: users[role].id, orgId, role, personId: null } });
  return { orgId, users, contextFor };
}
