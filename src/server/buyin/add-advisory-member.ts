import type { z } from 'zod';
import type { advisoryMember, advisoryMemberInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { conflict, invalidInput } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { insertAdvisoryMember } from './involvement-repository';
import { presentPerson } from './presenters';

/** Names a person (usually from sales) to the initiative's advisory board. */
export async function addAdvisoryMember(
  { db, actor }: UseCaseContext,
  initiativeId: string,
  input: z.infer<typeof advisoryMemberInput>,
): Promise<z.infer<typeof advisoryMember>> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'manage the advisory board');
    await requireInitiative(tx, orgId, initiativeId);
    const person = (await findPersonRefs(tx, orgId, [input.personId])).get(input.personId);
    if (!person) throw invalidInput('That person is not in this organisation.');
    const now = new Date();
    const row = await insertAdvisoryMember(tx, { orgId, id: newId(now.getTime()), initiativeId, personId: person.id, note: input.note, addedAt: now });
    if (!row) throw conflict(`${person.name} is already on the advisory board.`);
    await record(tx, viewer, initiativeId, { kind: 'involvement', note: `${person.name} joined the advisory board.` }, now);
    return { id: row.id, person: presentPerson(person), note: row.note, addedAt: row.addedAt.toISOString() };
  });
}
