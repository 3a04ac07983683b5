import type { CreateIncidentInput, IncidentView } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import { findPeopleByIds } from '../org/people-repository';
import { requireUser, todayOf } from './access';
import { presentIncidents } from './incident-presenter';
import { insertIncident } from './incidents-repository';

/** Anyone may report a conflict incident. Person parties are checked against the org and described by their current role. */
export async function reportIncident({ db, actor }: UseCaseContext, input: CreateIncidentInput, now = new Date()): Promise<IncidentView> {
  const reporterUserId = requireUser(actor, 'report an incident');
  if (input.occurredOn > todayOf(now)) throw invalidInput('An incident cannot have happened in the future; check the date.');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const personIds = input.parties.map((p) => p.personId).filter((id): id is string => !!id);
    if (new Set(personIds).size !== personIds.length) throw invalidInput('The same person is named twice as a party.');
    const people = new Map((await findPeopleByIds(tx, orgId, personIds)).map((p) => [p.id, p]));
    const parties = input.parties.map((party) => {
      if (!party.personId) return { personId: null, function: party.function ?? 'other', level: party.level ?? null, region: party.region ?? null };
      const person = people.get(party.personId);
      if (!person) throw notFound('One of the parties');
      return { personId: person.id, function: person.function, level: person.level, region: person.region };
    });
    const id = newId(now.getTime());
    const row = {
      orgId,
      id,
      reporterUserId,
      kind: input.kind,
      level: input.level,
      severity: input.severity,
      description: input.description,
      occurredOn: input.occurredOn,
      status: 'open' as const,
      resolutionNote: '',
      createdAt: now,
      updatedAt: now,
    };
    await insertIncident(tx, row, parties);
    const [view] = await presentIncidents(tx, actor, [row]);
    return view as IncidentView;
  });
}
