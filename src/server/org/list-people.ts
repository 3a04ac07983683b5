import type { PeoplePage, PeopleQuery } from '../../shared/org';
import type { UseCaseContext } from '../actor';
import { findPeople } from './people-repository';
import { presentPerson } from './presenters';

export async function listPeople({ db, actor }: UseCaseContext, query: PeopleQuery): Promise<PeoplePage> {
  const { limit, offset, ...filter } = query;
  const page = await db.withOrg(actor.orgId, (tx) => findPeople(tx, actor.orgId, filter, { limit, offset }));
  return { items: page.items.map(presentPerson), total: page.total };
}
