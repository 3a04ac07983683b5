import type { z } from 'zod';
import type { pulseSummary } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { conflict } from '../errors';
import { record } from './history';
import { requirePulse } from './pulse-get';
import { requirePulseManager } from './pulse-managers';
import { isClosed, presentPulseSummary } from './pulse-presenters';
import { closePulseRow } from './pulse-repository';

/** Closes a pulse before its closing time: answers are frozen from now on. */
export async function closePulse({ db, actor }: UseCaseContext, pulseId: string, now = new Date()): Promise<z.infer<typeof pulseSummary>> {
  return db.withOrg(actor.orgId, async (tx) => {
    const pulse = await requirePulse(tx, actor.orgId, pulseId);
    const viewer = await requirePulseManager(tx, actor, pulse, 'close pulses');
    if (isClosed(pulse, now)) throw conflict('This pulse is already closed.');
    await closePulseRow(tx, actor.orgId, pulseId, now);
    if (pulse.initiativeId) {
      await record(tx, viewer, pulse.initiativeId, { kind: 'pulse', note: `Closed the pulse “${pulse.title}” with ${pulse.answeredCount} of ${pulse.invitedCount} answers.` }, now);
    }
    return presentPulseSummary(await requirePulse(tx, actor.orgId, pulseId), now);
  });
}
