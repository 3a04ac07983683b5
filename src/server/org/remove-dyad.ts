import { requireRole, type UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { deleteDyad } from './dyads-repository';

export async function removeDyad({ db, actor }: UseCaseContext, dyadId: string): Promise<void> {
  requireRole(actor, ['admin', 'analyst'], 'remove dyads');
  const removed = await db.withOrg(actor.orgId, (tx) => deleteDyad(tx, actor.orgId, dyadId));
  if (!removed) throw notFound('That dyad');
}
