import type { z } from 'zod';
import type { FeedbackItem, feedbackInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { newId } from '../ids';
import { notify } from '../notifications/notify';
import { loadViewer, requireInitiative, requirePerson } from './access';
import { findFeedback, insertFeedback } from './feedback-repository';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { feedbackPeople, presentFeedback } from './presenters';

const KIND_WORDS = { question: 'A question', comment: 'A comment', concern: 'A concern', idea: 'An idea' } as const;

/**
 * Anyone with a person asks, comments or raises a concern on an initiative at any stage. The owner is told; the
 * loop stays open until marketing answers with a reason.
 */
export async function giveFeedback({ db, actor }: UseCaseContext, initiativeId: string, input: z.infer<typeof feedbackInput>): Promise<FeedbackItem> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    const initiative = await requireInitiative(tx, orgId, initiativeId);
    const author = requirePerson(viewer, 'give feedback');
    const now = new Date();
    const id = newId(now.getTime());
    await insertFeedback(tx, { orgId, id, initiativeId, authorPersonId: author.id, kind: input.kind, text: input.text, anonymous: input.anonymous, stageAtCreation: initiative.stage, createdAt: now });
    const from = input.anonymous ? 'someone who chose to stay anonymous' : author.name;
    await record(tx, { ...viewer, name: input.anonymous ? 'Anonymous' : viewer.name }, initiativeId, { kind: 'feedback', note: `${KIND_WORDS[input.kind]} from ${from}.` }, now);
    if (initiative.ownerPersonId !== author.id) {
      await notify(
        tx,
        orgId,
        [{ personId: initiative.ownerPersonId, kind: 'feedback_received', text: `${KIND_WORDS[input.kind]} on “${initiative.title}” from ${from}.`, link: `/initiatives/${initiativeId}/feedback#feedback-${id}` }],
        now,
      );
    }
    const row = await findFeedback(tx, orgId, id);
    const people = await findPersonRefs(tx, orgId, feedbackPeople(row ? [row] : []));
    return presentFeedback(row as NonNullable<typeof row>, author.id, people, now);
  });
}
