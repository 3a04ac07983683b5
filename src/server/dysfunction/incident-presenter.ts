import { mayKnowReporter } from '../../domain/dysfunction/incidents';
import type { IncidentView, PersonRef } from '../../shared/dysfunction';
import type { Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { findPeopleByIds } from '../org/people-repository';
import { listUsers } from '../users/users-repository';
import { partiesOf, type IncidentRow } from './incidents-repository';

/**
 * Incidents as a given viewer may see them. The reporter is looked up and attached only where `mayKnowReporter`
 * allows it; for anyone else the field is absent from the answer, not merely blank.
 */
export async function presentIncidents(tx: Tx, actor: Actor, rows: readonly IncidentRow[]): Promise<IncidentView[]> {
  const { orgId } = actor;
  const parties = await partiesOf(tx, orgId, rows.map((row) => row.id));
  const personIds = [...new Set(parties.map((p) => p.personId).filter((id): id is string => id !== null))];
  const people = new Map((await findPeopleByIds(tx, orgId, personIds)).map((p) => [p.id, p]));
  const namesNeeded = rows.some((row) => mayKnowReporter(actor, row.reporterUserId));
  const userNames = namesNeeded ? new Map((await listUsers(tx, orgId)).map((u) => [u.id, u.name])) : new Map<string, string>();

  return rows.map((row) => {
    const view: IncidentView = {
      id: row.id,
      kind: row.kind,
      level: row.level,
      severity: row.severity,
      description: row.description,
      occurredOn: row.occurredOn,
      status: row.status,
      resolutionNote: row.resolutionNote,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      parties: parties
        .filter((party) => party.incidentId === row.id)
        .map((party) => {
          const person = party.personId ? people.get(party.personId) : undefined;
          const ref: PersonRef | null = person ? { id: person.id, name: person.name, function: person.function, level: person.level, region: person.region } : null;
          return { person: ref, function: party.function, level: party.level, region: party.region };
        }),
      reportedByMe: actor.userId !== null && actor.userId === row.reporterUserId,
    };
    if (row.reporterUserId && mayKnowReporter(actor, row.reporterUserId)) {
      view.reporter = { id: row.reporterUserId, name: userNames.get(row.reporterUserId) ?? 'Former user' };
    }
    return view;
  });
}
