import type { z } from 'zod';
import type { notificationList } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { countUnreadFor, listNotificationsFor } from './notifications-repository';

type NotificationList = z.infer<typeof notificationList>;
const KNOWN = new Set(['feedback_answered', 'pulse_invite', 'pulse_reminder', 'flex_decided', 'feedback_received', 'signal_warning']);

/** The signed-in user's latest notifications (addressed to them or to their person) and how many are unread. */
export async function listNotifications({ db, actor }: UseCaseContext, limit = 50): Promise<NotificationList> {
  const to = { personId: actor.personId, userId: actor.userId };
  return db.withOrg(actor.orgId, async (tx) => {
    const rows = await listNotificationsFor(tx, actor.orgId, to, limit);
    const unread = await countUnreadFor(tx, actor.orgId, to);
    return {
      items: rows
        .filter((row) => KNOWN.has(row.kind))
        .map((row) => ({
          id: row.id,
          kind: row.kind as NotificationList['items'][number]['kind'],
          text: row.text,
          link: row.link,
          createdAt: row.createdAt.toISOString(),
          readAt: row.readAt?.toISOString() ?? null,
        })),
      unread,
    };
  });
}
