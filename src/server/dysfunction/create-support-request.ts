import { isSide } from '../../domain/dysfunction/vocabulary';
import type { CreateSupportRequestInput, SupportRequestView } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import { findPerson } from '../org/people-repository';
import { requirePersonOf, todayOf } from './access';
import { peopleOfRequests, presentSupportRequest } from './support-presenter';
import { insertSupportRequest } from './support-requests-repository';

/** Someone in sales or marketing asks the other function for support, addressed to a person or to the function (and region). */
export async function createSupportRequest({ db, actor }: UseCaseContext, input: CreateSupportRequestInput, now = new Date()): Promise<SupportRequestView> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const requester = await requirePersonOf(tx, actor, 'ask for support');
    if (!isSide(requester.function)) throw invalidInput(`Support requests run between sales and marketing; your function is ${requester.function}.`);
    const otherSide = requester.function === 'sales' ? 'marketing' : 'sales';
    if (input.neededBy < todayOf(now)) throw invalidInput('The needed-by date is in the past; choose today or later.');

    let addresseeRegion = input.addresseeRegion ?? null;
    if (input.addresseePersonId) {
      const addressee = await findPerson(tx, orgId, input.addresseePersonId);
      if (!addressee) throw notFound('That person');
      if (addressee.function !== otherSide) throw invalidInput(`Ask someone in ${otherSide}: ${addressee.name} works in ${addressee.function}.`);
      addresseeRegion = addressee.region;
    } else if (input.addresseeFunction !== otherSide) {
      throw invalidInput(`Ask the other function: you work in ${requester.function}, so address ${otherSide}.`);
    }

    const row = await insertSupportRequest(tx, {
      orgId,
      id: newId(now.getTime()),
      requesterUserId: actor.userId,
      requesterPersonId: requester.id,
      kind: input.kind,
      addresseePersonId: input.addresseePersonId ?? null,
      addresseeFunction: otherSide,
      addresseeRegion,
      summary: input.summary,
      details: input.details,
      neededBy: input.neededBy,
      createdAt: now,
    });
    return presentSupportRequest(row, await peopleOfRequests(tx, orgId, [row]), { role: actor.role, person: requester }, now);
  });
}
