import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { requireAnswerable } from './pulse-answer-checks';
import { deleteResponse } from './pulse-repository';

/** A respondent deletes their own answers until the pulse closes (PRODUCT.md: a person can delete their answers). */
export async function deletePulseAnswers({ db, actor }: UseCaseContext, pulseId: string, now = new Date()): Promise<void> {
  await db.withOrg(actor.orgId, async (tx) => {
    const { personId } = await requireAnswerable(tx, actor, pulseId, now);
    if (!(await deleteResponse(tx, actor.orgId, pulseId, personId))) throw notFound('Your answers to this pulse');
  });
}
