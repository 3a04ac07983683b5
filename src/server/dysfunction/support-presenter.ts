import { DEFAULT_RESPONSE_SLA_DAYS, responseDeadline, supportStatus, timeline, type SupportFacts } from '../../domain/dysfunction/support-requests';
import type { Role } from '../../domain/org/types';
import type { PersonRef, SupportRequestView } from '../../shared/dysfunction';
import type { Tx } from '../db/create-db';
import { findPeopleByIds, type PersonRow } from '../org/people-repository';
import type { SupportRow } from './support-requests-repository';

export interface SupportViewer {
  role: Role;
  person: PersonRow | null;
}

export const factsOf = (row: SupportRow): SupportFacts => ({
  createdAt: row.createdAt,
  neededBy: row.neededBy,
  decision: row.decision,
  respondedAt: row.respondedAt,
  promisedDate: row.promisedDate,
  declineReason: row.declineReason,
  deliveredAt: row.deliveredAt,
});

const ref = (person: PersonRow | undefined): PersonRef | null =>
  person ? { id: person.id, name: person.name, function: person.function, level: person.level, region: person.region } : null;

/** Whether the viewer is someone the request asks: the named person, whoever answered, or a member of the asked function (and region). */
export function isAddressee(row: SupportRow, person: PersonRow | null): boolean {
  if (!person) return false;
  if (row.addresseePersonId) return row.addresseePersonId === person.id;
  if (row.responderPersonId) return row.responderPersonId === person.id;
  return person.function === row.addresseeFunction && (row.addresseeRegion === null || row.addresseeRegion === person.region);
}

export function isRequester(row: SupportRow, person: PersonRow | null): boolean {
  return person !== null && row.requesterPersonId === person.id;
}

export async function peopleOfRequests(tx: Tx, orgId: string, rows: readonly SupportRow[]): Promise<Map<string, PersonRow>> {
  const ids = new Set<string>();
  for (const row of rows) for (const id of [row.requesterPersonId, row.addresseePersonId, row.responderPersonId]) if (id) ids.add(id);
  return new Map((await findPeopleByIds(tx, orgId, [...ids])).map((p) => [p.id, p]));
}

export function presentSupportRequest(row: SupportRow, people: ReadonlyMap<string, PersonRow>, viewer: SupportViewer, now: Date): SupportRequestView {
  const facts = factsOf(row);
  const status = supportStatus(facts, now);
  const requester = isRequester(row, viewer.person);
  const addressee = isAddressee(row, viewer.person);
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    details: row.details,
    neededBy: row.neededBy,
    createdAt: row.createdAt.toISOString(),
    requester: ref(people.get(row.requesterPersonId)) as PersonRef,
    addressee: { person: row.addresseePersonId ? ref(people.get(row.addresseePersonId)) : null, function: row.addresseeFunction, region: row.addresseeRegion },
    responder: row.responderPersonId ? ref(people.get(row.responderPersonId)) : null,
    decision: row.decision,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    promisedDate: row.promisedDate,
    declineReason: row.declineReason,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    deliveryNote: row.deliveryNote,
    status,
    ageDays: Math.max(0, Math.floor((now.getTime() - row.createdAt.getTime()) / 86_400_000)),
    responseDueAt: responseDeadline(facts, DEFAULT_RESPONSE_SLA_DAYS).toISOString(),
    myRole: requester ? 'requester' : addressee ? 'addressee' : 'observer',
    canAnswer: addressee && !requester && status === 'awaiting_response',
    canRecordDelivery: (requester || (row.responderPersonId !== null && row.responderPersonId === viewer.person?.id)) && (status === 'promised' || status === 'overdue'),
    timeline: timeline(facts, now),
  };
}
