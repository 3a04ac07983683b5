import type { UpdateUserInput, UserView } from '../../shared/users';
import { requireRole, type UseCaseContext } from '../actor';
import { forgetUserSessions } from '../auth/session-cache';
import { deleteUserSessions } from '../auth/sessions-repository';
import { conflict, notFound } from '../errors';
import { countActiveAdmins, findUser, updateUser as updateUserRow } from './users-repository';
import { presentUser } from './presenters';

/** Changes a user's role or deactivates them; an org always keeps one active admin. */
export async function updateUser({ db, actor }: UseCaseContext, userId: string, input: UpdateUserInput): Promise<UserView> {
  requireRole(actor, ['admin'], 'manage users');
  const { orgId } = actor;
  const view = await db.withOrg(orgId, async (tx) => {
    const user = await findUser(tx, orgId, userId);
    if (!user) throw notFound('That user');
    const losesAdmin = user.role === 'admin' && user.active && (input.active === false || (input.role !== undefined && input.role !== 'admin'));
    if (losesAdmin && (await countActiveAdmins(tx, orgId)) <= 1) {
      throw conflict('This is the last active admin of your organisation: make another user an admin first.');
    }
    const updated = await updateUserRow(tx, orgId, userId, input);
    if (input.active === false) await deleteUserSessions(tx, orgId, userId);
    return presentUser(updated as NonNullable<typeof updated>);
  });
  // After the commit: this process reads the user's sessions (role, active) again at once.
  forgetUserSessions(orgId, userId);
  return view;
}
