import type { Tx } from '../db/create-db';
import { newId } from '../ids';
import { insertNotifications } from './notifications-repository';

/** The kinds of notification the app writes today; the table takes any, so later modules add theirs. */
export type NotificationKind = 'feedback_answered' | 'pulse_invite' | 'pulse_reminder' | 'flex_decided' | 'feedback_received' | 'signal_warning';

export interface NewNotification {
  /** A person (who sees it once they sign in) or a user without a person. */
  personId?: string | null;
  userId?: string | null;
  kind: NotificationKind;
  text: string;
  /** A path inside the web app, e.g. `/initiatives/<id>/feedback`. */
  link: string;
}

/** Writes notifications inside the caller's transaction, so they exist exactly when the change that caused them does. */
export async function notify(tx: Tx, orgId: string, items: readonly NewNotification[], now: Date): Promise<void> {
  await insertNotifications(
    tx,
    items
      .filter((item) => item.personId || item.userId)
      .map((item) => ({ orgId, id: newId(now.getTime()), personId: item.personId ?? null, userId: item.userId ?? null, kind: item.kind, text: item.text, link: item.link, createdAt: now })),
  );
}
