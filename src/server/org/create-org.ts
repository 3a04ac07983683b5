import { hashPassword } from '../auth/passwords';
import type { Database } from '../db/create-db';
import { invalidInput } from '../errors';
import { newId } from '../ids';
import { createUserIn } from '../users/create-user';
import { limits } from '../../shared/limits';
import { orgSlug } from './org-slug';
import { insertOrg } from './orgs-repository';

export interface CreateOrgInput {
  name: string;
  adminEmail: string;
  adminName: string;
  adminPassword: string;
}

/** A new, empty organisation with its first admin: how a real (non-demo) installation begins. */
export async function createOrg(db: Database, input: CreateOrgInput): Promise<{ orgId: string; slug: string }> {
  const name = input.name.trim();
  if (!name || name.length > limits.nameMaxLength) throw invalidInput(`Give the organisation a name of 1 to ${limits.nameMaxLength} characters.`);
  if (input.adminPassword.length < limits.passwordMinLength) {
    throw invalidInput(`The admin password needs at least ${limits.passwordMinLength} characters.`);
  }
  const orgId = newId();
  const slug = orgSlug(name, orgId);
  const passwordHash = await hashPassword(input.adminPassword);
  await db.withOrg(orgId, async (tx) => {
    await insertOrg(tx, { orgId, name, slug, reportingMinimum: 5, demo: false });
    await createUserIn(tx, orgId, { email: input.adminEmail.trim().toLowerCase(), name: input.adminName, role: 'admin', passwordHash });
  });
  return { orgId, slug };
}
