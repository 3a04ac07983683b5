import type { z } from 'zod';
import type { feedbackList } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { requireInitiative } from './access';
import { listFeedbackOf } from './feedback-repository';
import { findPersonRefs } from './initiatives-repository';
import { feedbackPeople, presentFeedback } from './presenters';

/** An initiative's feedback; `closed` is the "you said, we did" view (every item with its answer and reason). */
export async function listFeedback({ db, actor }: UseCaseContext, initiativeId: string, status?: 'open' | 'closed'): Promise<z.infer<typeof feedbackList>> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await requireInitiative(tx, orgId, initiativeId);
    const rows = await listFeedbackOf(tx, orgId, initiativeId, status);
    const people = await findPersonRefs(tx, orgId, feedbackPeople(rows));
    const now = new Date();
    return { items: rows.map((row) => presentFeedback(row, actor.personId, people, now)) };
  });
}
