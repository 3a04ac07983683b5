import { DEFAULT_RESPONSE_SLA_DAYS } from '../../domain/dysfunction/support-requests';
import type { SupportList } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { personOf } from './access';
import { peopleOfRequests, presentSupportRequest } from './support-presenter';
import { listAddressedTo, listAskedBy } from './support-requests-repository';

/** My requests: the ones I asked, or the ones I am asked to answer. Someone not linked to a person has none. */
export async function listSupportRequests({ db, actor }: UseCaseContext, query: { box: 'asked' | 'to_answer' }, now = new Date()): Promise<SupportList> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const person = await personOf(tx, actor);
    if (!person) return { items: [], slaDays: DEFAULT_RESPONSE_SLA_DAYS };
    const rows = query.box === 'asked' ? await listAskedBy(tx, orgId, person.id) : await listAddressedTo(tx, orgId, person);
    const people = await peopleOfRequests(tx, orgId, rows);
    return { items: rows.map((row) => presentSupportRequest(row, people, { role: actor.role, person }, now)), slaDays: DEFAULT_RESPONSE_SLA_DAYS };
  });
}
