import type { z } from 'zod';
import type { FeedbackItem, feedbackResponseInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { conflict, notFound } from '../errors';
import { notify } from '../notifications/notify';
import { loadViewer, requireMarketer } from './access';
import { findFeedback, insertResponse } from './feedback-repository';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { feedbackPeople, presentFeedback } from './presenters';

const DECISION_WORDS = { adopted: 'adopted', partly: 'partly adopted', not_adopted: 'not adopted' } as const;

/**
 * Marketing closes the loop: adopted, partly or not adopted, always with a reason. Each item gets one answer (a
 * second is 409), and its author is notified, anonymous or not.
 */
export async function respondToFeedback({ db, actor }: UseCaseContext, feedbackId: string, input: z.infer<typeof feedbackResponseInput>): Promise<FeedbackItem> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'answer feedback');
    const item = await findFeedback(tx, orgId, feedbackId);
    if (!item) throw notFound('That feedback');
    if (item.response) throw conflict('This feedback already has an answer; each piece of feedback is answered once.');
    const now = new Date();
    const inserted = await insertResponse(tx, { orgId, feedbackId, initiativeId: item.initiativeId, decision: input.decision, reason: input.reason, byPersonId: viewer.person?.id ?? null, at: now });
    if (!inserted) throw conflict('This feedback was answered a moment ago by someone else; reload to see the answer.');
    await record(tx, viewer, item.initiativeId, { kind: 'response', note: `Answered a ${item.kind}: ${DECISION_WORDS[input.decision]}.` }, now);
    await notify(
      tx,
      orgId,
      [{ personId: item.authorPersonId, kind: 'feedback_answered', text: `Your ${item.kind} on “${item.initiativeTitle}” was answered: ${DECISION_WORDS[input.decision]}.`, link: `/initiatives/${item.initiativeId}/feedback#feedback-${item.id}` }],
      now,
    );
    const answered = await findFeedback(tx, orgId, feedbackId);
    const row = answered as NonNullable<typeof answered>;
    const people = await findPersonRefs(tx, orgId, feedbackPeople([row]));
    return presentFeedback(row, viewer.person?.id ?? null, people, now);
  });
}
