import type { z } from 'zod';
import type { pulseDetail } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { requireAnswerable, scoredAnswers } from './pulse-answer-checks';
import { detailFor, requirePulse } from './pulse-get';
import { updateResponse } from './pulse-repository';

/** A respondent changes their own answers until the pulse closes. */
export async function changePulseAnswers({ db, actor }: UseCaseContext, pulseId: string, answers: Record<string, number>, now = new Date()): Promise<z.infer<typeof pulseDetail>> {
  return db.withOrg(actor.orgId, async (tx) => {
    const { pulse, personId } = await requireAnswerable(tx, actor, pulseId, now);
    const scored = scoredAnswers(pulse, answers);
    if (!(await updateResponse(tx, { orgId: actor.orgId, pulseId, personId, ...scored, at: now }))) {
      throw notFound('Your answers to this pulse (answer it first with POST)');
    }
    return detailFor(tx, actor.orgId, await requirePulse(tx, actor.orgId, pulseId), personId, now);
  });
}
