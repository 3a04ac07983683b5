import type { z } from 'zod';
import type { workingSession, workingSessionInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { insertWorkingSession } from './involvement-repository';
import { presentPerson } from './presenters';

/** Records a cross-functional working session: who came, what was said and what came out of it. */
export async function addWorkingSession(
  { db, actor }: UseCaseContext,
  initiativeId: string,
  input: z.infer<typeof workingSessionInput>,
): Promise<z.infer<typeof workingSession>> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'record working sessions');
    await requireInitiative(tx, orgId, initiativeId);
    const people = await findPersonRefs(tx, orgId, input.attendeePersonIds);
    const unknown = input.attendeePersonIds.filter((id) => !people.has(id));
    if (unknown.length > 0) throw invalidInput(`${unknown.length} of the attendees ${unknown.length === 1 ? 'is' : 'are'} not in this organisation.`, { unknown });
    const now = new Date();
    const row = await insertWorkingSession(
      tx,
      { orgId, id: newId(now.getTime()), initiativeId, title: input.title, date: input.date, notes: input.notes, outcomes: input.outcomes, createdAt: now },
      input.attendeePersonIds,
    );
    await record(tx, viewer, initiativeId, { kind: 'involvement', note: `Working session “${row.title}” on ${row.date} with ${row.attendeeIds.length} people.` }, now);
    return {
      id: row.id,
      title: row.title,
      date: row.date,
      notes: row.notes,
      outcomes: row.outcomes,
      attendees: row.attendeeIds.map((id) => presentPerson(people.get(id) as NonNullable<ReturnType<typeof people.get>>)),
    };
  });
}
