import { answer } from '../../domain/dysfunction/support-requests';
import type { AnswerSupportRequestInput, SupportRequestView } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { conflict, forbidden } from '../errors';
import { factsOf, isAddressee, isRequester, peopleOfRequests, presentSupportRequest } from './support-presenter';
import { findSupportRequest, saveAnswer } from './support-requests-repository';
import { loadVisibleRequest } from './get-support-request';

/** The addressee accepts with a promised date, or declines with a reason. An answer is final. */
export async function answerSupportRequest({ db, actor }: UseCaseContext, id: string, input: AnswerSupportRequestInput, now = new Date()): Promise<SupportRequestView> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const { row, person } = await loadVisibleRequest(tx, actor, id);
    if (!person || !isAddressee(row, person) || isRequester(row, person)) throw forbidden('Only the person or function asked can answer this request.');
    const decided = answer(factsOf(row), input, now);
    const saved = await saveAnswer(tx, orgId, id, { ...decided, responderPersonId: person.id });
    if (!saved) throw conflict('Someone answered this request a moment ago; reload it.');
    const updated = (await findSupportRequest(tx, orgId, id)) ?? row;
    return presentSupportRequest(updated, await peopleOfRequests(tx, orgId, [updated]), { role: actor.role, person }, now);
  });
}
