import type { z } from 'zod';
import type { blessing, blessingInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { forbidden, notFound } from '../errors';
import { loadViewer, requireInitiative, requirePerson } from './access';
import { presentBlessing } from './blessing-presenter';
import { listBlessings, upsertBlessing } from './blessing-repository';
import { record } from './history';

const WORDS = { blessed: 'gave their blessing', not_yet: 'has not blessed it yet', withheld: 'withheld their blessing' } as const;

/** A senior sales leader records their blessing of an initiative (DOMAIN.md §2: buy-in at every level starts at the top). */
export async function recordBlessing({ db, actor }: UseCaseContext, initiativeId: string, input: z.infer<typeof blessingInput>, now = new Date()): Promise<z.infer<typeof blessing>> {
  return db.withOrg(actor.orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    const person = requirePerson(viewer, 'record a blessing');
    if (person.function !== 'sales' || person.level !== 'senior') throw forbidden('Only senior sales leaders record a blessing of an initiative.');
    await requireInitiative(tx, actor.orgId, initiativeId);
    await upsertBlessing(tx, { orgId: actor.orgId, initiativeId, personId: person.id, status: input.status, note: input.note, at: now });
    await record(tx, viewer, initiativeId, { kind: 'blessing', note: `${person.name} ${WORDS[input.status]}${input.note ? `: ${input.note}` : '.'}` }, now);
    const mine = (await listBlessings(tx, actor.orgId, initiativeId)).find((b) => b.personId === person.id);
    if (!mine) throw notFound('The blessing');
    return presentBlessing(mine);
  });
}
