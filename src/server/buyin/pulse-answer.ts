import type { z } from 'zod';
import type { pulseDetail } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { conflict } from '../errors';
import { requireAnswerable, scoredAnswers } from './pulse-answer-checks';
import { detailFor, requirePulse } from './pulse-get';
import { insertResponse } from './pulse-repository';

/** An invited person answers an open pulse, once: a second POST is refused and points to PUT. */
export async function answerPulse({ db, actor }: UseCaseContext, pulseId: string, answers: Record<string, number>, now = new Date()): Promise<z.infer<typeof pulseDetail>> {
  return db.withOrg(actor.orgId, async (tx) => {
    const { pulse, personId } = await requireAnswerable(tx, actor, pulseId, now);
    const scored = scoredAnswers(pulse, answers);
    const inserted = await insertResponse(tx, { orgId: actor.orgId, pulseId, personId, ...scored, at: now });
    if (!inserted) throw conflict('You have already answered this pulse: change your answers with PUT, or delete them with DELETE.');
    return detailFor(tx, actor.orgId, await requirePulse(tx, actor.orgId, pulseId), personId, now);
  });
}
