import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { markReadFor, notificationExistsFor } from './notifications-repository';

/** Marks one of the user's notifications read (or all of them without an id); someone else's is not found. */
export async function markNotificationsRead({ db, actor }: UseCaseContext, notificationId?: string): Promise<{ marked: number }> {
  const to = { personId: actor.personId, userId: actor.userId };
  return db.withOrg(actor.orgId, async (tx) => {
    if (notificationId && !(await notificationExistsFor(tx, actor.orgId, to, notificationId))) throw notFound('That notification');
    return { marked: await markReadFor(tx, actor.orgId, to, new Date(), notificationId) };
  });
}
