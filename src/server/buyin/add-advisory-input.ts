import type { z } from 'zod';
import type { advisoryInput, advisoryInputInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { insertAdvisoryInput, listAdvisoryMembers } from './involvement-repository';
import { personOrPlaceholder } from './presenters';

/** Records what an advisory-board member said (marketing writes it down, with the member named). */
export async function addAdvisoryInput(
  { db, actor }: UseCaseContext,
  initiativeId: string,
  input: z.infer<typeof advisoryInputInput>,
): Promise<z.infer<typeof advisoryInput>> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'record advisory input');
    await requireInitiative(tx, orgId, initiativeId);
    const member = (await listAdvisoryMembers(tx, orgId, initiativeId)).find((m) => m.id === input.memberId);
    if (!member) throw notFound('That advisory-board member');
    const now = new Date();
    const row = await insertAdvisoryInput(tx, { orgId, id: newId(now.getTime()), initiativeId, memberId: member.id, text: input.text, at: now });
    const people = await findPersonRefs(tx, orgId, [member.personId]);
    const person = personOrPlaceholder(people, member.personId);
    await record(tx, viewer, initiativeId, { kind: 'involvement', note: `Input from ${person.name}.` }, now);
    return { id: row.id, memberId: member.id, person, text: row.text, at: row.at.toISOString() };
  });
}
