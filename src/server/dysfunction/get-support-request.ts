import type { SupportRequestView } from '../../shared/dysfunction';
import type { Actor, UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { notFound } from '../errors';
import type { PersonRow } from '../org/people-repository';
import { personOf, SIGNAL_READER_ROLES } from './access';
import { isAddressee, isRequester, peopleOfRequests, presentSupportRequest } from './support-presenter';
import { findSupportRequest, type SupportRow } from './support-requests-repository';

/** Loads a request the actor may see (its requester, its addressees, or a reader of signals); anything else is "not found". */
export async function loadVisibleRequest(tx: Tx, actor: Actor, id: string): Promise<{ row: SupportRow; person: PersonRow | null }> {
  const person = await personOf(tx, actor);
  const row = await findSupportRequest(tx, actor.orgId, id);
  if (!row) throw notFound('That support request');
  const visible = isRequester(row, person) || isAddressee(row, person) || SIGNAL_READER_ROLES.includes(actor.role);
  if (!visible) throw notFound('That support request');
  return { row, person };
}

export async function getSupportRequest({ db, actor }: UseCaseContext, id: string, now = new Date()): Promise<SupportRequestView> {
  return db.withOrg(actor.orgId, async (tx) => {
    const { row, person } = await loadVisibleRequest(tx, actor, id);
    return presentSupportRequest(row, await peopleOfRequests(tx, actor.orgId, [row]), { role: actor.role, person }, now);
  });
}
