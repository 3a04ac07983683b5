import type { CreateUserInput, UserView } from '../../shared/users';
import { requireRole, type UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { findPersonIdByEmail } from '../org/people-repository';
import { conflict } from '../errors';
import { newId } from '../ids';
import { hashPassword } from '../auth/passwords';
import { emailInUse, insertUser } from './users-repository';
import { presentUser } from './presenters';

/** Adds a user to the actor's org; the account is linked to the person with the same e-mail, if any. */
export async function createUser({ db, actor }: UseCaseContext, input: CreateUserInput): Promise<UserView> {
  requireRole(actor, ['admin'], 'manage users');
  const passwordHash = await hashPassword(input.password);
  return db.withOrg(actor.orgId, (tx) => createUserIn(tx, actor.orgId, { ...input, passwordHash }));
}

export async function createUserIn(
  tx: Tx,
  orgId: string,
  input: Omit<CreateUserInput, 'password'> & { passwordHash: string },
): Promise<UserView> {
  if (await emailInUse(tx, input.email)) throw conflict(`There is already a user with the e-mail ${input.email}.`);
  const personId = await findPersonIdByEmail(tx, orgId, input.email);
  const row = await insertUser(tx, {
    orgId,
    id: newId(),
    email: input.email,
    name: input.name,
    role: input.role,
    passwordHash: input.passwordHash,
    personId: personId ?? null,
  });
  return presentUser(row);
}
