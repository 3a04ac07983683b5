import type { UserView } from '../../shared/users';
import { requireRole, type UseCaseContext } from '../actor';
import { listUsers as listUserRows } from './users-repository';
import { presentUser } from './presenters';

export async function listUsers({ db, actor }: UseCaseContext): Promise<UserView[]> {
  requireRole(actor, ['admin'], 'manage users');
  const rows = await db.withOrg(actor.orgId, (tx) => listUserRows(tx, actor.orgId));
  return rows.map(presentUser);
}
