import type { UseCaseContext } from '../actor';
import { conflict } from '../errors';
import { notify } from '../notifications/notify';
import { requirePulse } from './pulse-get';
import { requirePulseManager } from './pulse-managers';
import { isClosed } from './pulse-presenters';
import { listNotAnswered, recordReminders } from './pulse-repository';

/** Reminds every invitee who has not answered yet (a `pulse_reminder` notification each) and counts them. */
export async function remindPulse({ db, actor }: UseCaseContext, pulseId: string, now = new Date()): Promise<{ reminded: number }> {
  return db.withOrg(actor.orgId, async (tx) => {
    const pulse = await requirePulse(tx, actor.orgId, pulseId);
    await requirePulseManager(tx, actor, pulse, 'send reminders');
    if (isClosed(pulse, now)) throw conflict('This pulse is closed: there is nothing left to remind anyone of.');
    const waiting = await listNotAnswered(tx, actor.orgId, pulseId);
    const closes = pulse.closesAt.toISOString().slice(0, 10);
    for (let start = 0; start < waiting.length; start += 1_000) {
      await notify(
        tx,
        actor.orgId,
        waiting.slice(start, start + 1_000).map((personId) => ({ personId, kind: 'pulse_reminder' as const, text: `Reminder: “${pulse.title}” takes two minutes and closes on ${closes}.`, link: `/pulses/${pulseId}` })),
        now,
      );
    }
    await recordReminders(tx, actor.orgId, pulseId, waiting, now);
    return { reminded: waiting.length };
  });
}
