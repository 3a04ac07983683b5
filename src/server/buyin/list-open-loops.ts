import type { z } from 'zod';
import type { openLoopsView } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { forbidden } from '../errors';
import { listOpenFeedback } from './feedback-repository';
import { listPendingFlex } from './flex-repository';
import { findPersonRefs } from './initiatives-repository';
import { feedbackPeople, presentFeedback, presentFlex } from './presenters';

/**
 * Open loops, oldest first: unanswered feedback and undecided flex requests. `mine` covers the initiatives the
 * viewer owns; `all` every initiative, for leaders, admins and analysts.
 */
export async function listOpenLoops({ db, actor }: UseCaseContext, scope: 'mine' | 'all'): Promise<z.infer<typeof openLoopsView>> {
  if (scope === 'all' && !['leader', 'admin', 'analyst'].includes(actor.role)) {
    throw forbidden('Only leaders, admins and analysts see every open loop; ask for scope=mine to see those on your initiatives.');
  }
  const { orgId } = actor;
  if (scope === 'mine' && !actor.personId) return { items: [], flexRequests: [] };
  return db.withOrg(orgId, async (tx) => {
    const owner = scope === 'mine' ? actor.personId : null;
    const rows = await listOpenFeedback(tx, orgId, owner);
    const flex = await listPendingFlex(tx, orgId, owner);
    const people = await findPersonRefs(tx, orgId, [...feedbackPeople(rows), ...flex.map((f) => f.requestedByPersonId)]);
    const now = new Date();
    return {
      items: rows.map((row) => presentFeedback(row, actor.personId, people, now)),
      flexRequests: flex.map((row) => ({ ...presentFlex(row, people), initiativeId: row.initiativeId, initiativeTitle: row.initiativeTitle })),
    };
  });
}
