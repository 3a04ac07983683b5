import type { PersonDetail } from '../../shared/org';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { listDyadsOf } from './dyads-repository';
import { countBelow, findLineAbove, findPeople, findPeopleByIds, findPerson } from './people-repository';
import { presentDyad, presentPerson } from './presenters';

/** A person with their line up to the top, their direct reports and their confirmed counterparts. */
export async function getPerson({ db, actor }: UseCaseContext, personId: string): Promise<PersonDetail> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const person = await findPerson(tx, orgId, personId);
    if (!person) throw notFound('That person');
    const line = await findLineAbove(tx, orgId, personId);
    const reports = await findPeople(tx, orgId, { managerId: personId }, { limit: 500, offset: 0 });
    const dyads = await listDyadsOf(tx, orgId, personId);
    const unitSize = await countBelow(tx, orgId, personId);
    const counterpartIds = dyads.flatMap((d) => [d.salesPersonId, d.marketingPersonId]);
    const byId = new Map((await findPeopleByIds(tx, orgId, counterpartIds)).map((p) => [p.id, p]));
    return {
      person: presentPerson(person),
      line: line.map(presentPerson),
      directReports: reports.items.map(presentPerson),
      counterparts: dyads.map((d) => presentDyad(d, byId)).filter((d) => d !== null),
      spanOfControl: reports.total,
      depth: line.length,
      unitSize,
    };
  });
}
