import type { z } from 'zod';
import type { flexRequest, flexRequestInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { forbidden } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requirePerson } from './access';
import { insertFlexRequest } from './flex-repository';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { presentFlex } from './presenters';

/** A sales person asks, for a region, to adapt the price, message, material or timing of an initiative. */
export async function askFlex({ db, actor }: UseCaseContext, initiativeId: string, input: z.infer<typeof flexRequestInput>): Promise<z.infer<typeof flexRequest>> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    await requireInitiative(tx, orgId, initiativeId);
    const person = requirePerson(viewer, 'ask for flexibility');
    if (person.function !== 'sales') throw forbidden('Flex requests come from sales: ask a sales colleague in the region to raise it.');
    const now = new Date();
    const row = await insertFlexRequest(tx, { orgId, id: newId(now.getTime()), initiativeId, region: input.region, aspect: input.aspect, request: input.request, requestedByPersonId: person.id, requestedAt: now });
    await record(tx, viewer, initiativeId, { kind: 'flex', note: `${person.name} asked to adapt the ${row.aspect} for ${row.region}.` }, now);
    return presentFlex(row, await findPersonRefs(tx, orgId, [person.id]));
  });
}
