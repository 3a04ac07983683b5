import { recordDelivery } from '../../domain/dysfunction/support-requests';
import type { SupportRequestView } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { conflict, forbidden } from '../errors';
import { factsOf, isRequester, peopleOfRequests, presentSupportRequest } from './support-presenter';
import { findSupportRequest, saveDelivery } from './support-requests-repository';
import { loadVisibleRequest } from './get-support-request';

/** The requester, or whoever promised, records that the support was delivered; on time or late follows from the promised date. */
export async function recordSupportDelivery(
  { db, actor }: UseCaseContext,
  id: string,
  input: { deliveredAt?: string; note?: string },
  now = new Date(),
): Promise<SupportRequestView> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const { row, person } = await loadVisibleRequest(tx, actor, id);
    const mayRecord = isRequester(row, person) || (person !== null && row.responderPersonId === person.id);
    if (!mayRecord) throw forbidden('Only the requester or the person who promised can record the delivery.');
    const deliveredAt = recordDelivery(factsOf(row), input.deliveredAt ? new Date(input.deliveredAt) : now, now);
    const note = input.note?.trim() || null;
    if (!(await saveDelivery(tx, orgId, id, deliveredAt, note))) throw conflict('The delivery of this request is already recorded.');
    const updated = (await findSupportRequest(tx, orgId, id)) ?? row;
    return presentSupportRequest(updated, await peopleOfRequests(tx, orgId, [updated]), { role: actor.role, person }, now);
  });
}
