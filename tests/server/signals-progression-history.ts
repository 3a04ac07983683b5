/**
 * Hand-made histories for the progression and propositions tests: contacts go in through the same batch insert as
 * an ingest (so both rollups are maintained), incidents and support requests through their repositories.
 */
import { seededRandom } from '../../src/domain/common/random';
import type { Person, PersonRecord } from '../../src/domain/org/types';
import type { IsoDate } from '../../src/domain/signals/rollup-types';
import { addWeeks } from '../../src/domain/signals/weeks';
import type { Database } from '../../src/server/db/create-db';
import { insertIncident } from '../../src/server/dysfunction/incidents-repository';
import { insertSupportRequests, type NewSupportRow } from '../../src/server/dysfunction/support-requests-repository';
import { newId } from '../../src/server/ids';
import { allPeople } from '../../src/server/org/people-repository';
import type { KeyedEvent } from '../../src/server/signals/event-stream';
import { insertEventBatch, prepareEvents } from '../../src/server/signals/events-repository';
import { personRecord } from '../support/factories';

/** `sales` sales and `marketing` marketing people, frontline, in one region. */
export const unitPeople = (region: string, sales: number, marketing: number): PersonRecord[] => [
  ...Array.from({ length: sales }, (_, i) => personRecord({ name: `${region} Seller ${i}`, email: `${region.toLowerCase()}.s${i}.${newId().slice(-6)}@acme.example`, function: 'sales', level: 'frontline', region })),
  ...Array.from({ length: marketing }, (_, i) => personRecord({ name: `${region} Marketer ${i}`, email: `${region.toLowerCase()}.m${i}.${newId().slice(-6)}@acme.example`, function: 'marketing', level: 'frontline', region })),
];

export async function peopleByRegion(db: Database, orgId: string): Promise<Map<string, Person[]>> {
  const people = await db.withOrg(orgId, (tx) => allPeople(tx, orgId));
  const byRegion = new Map<string, Person[]>();
  for (const person of people) if (person.region) byRegion.set(person.region, [...(byRegion.get(person.region) ?? []), person]);
  return byRegion;
}

/**
 * Cross-function contacts in a unit: `perWeek(week index)` events in each week from `firstWeek`, spread over the
 * week's working days between its sales and marketing people, half of them answered.
 */
export async function plantContacts(db: Database, orgId: string, people: readonly Person[], firstWeek: IsoDate, weeks: number, perWeek: (week: number) => number, seed = 1) {
  const random = seededRandom(seed);
  const sales = people.filter((p) => p.function === 'sales');
  const marketing = people.filter((p) => p.function === 'marketing');
  const events: KeyedEvent[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const monday = Date.parse(`${addWeeks(firstWeek, week)}T09:00:00Z`);
    for (let i = 0; i < perWeek(week); i += 1) {
      const seller = random.pick(sales);
      const marketer = random.pick(marketing);
      const fromSales = random.chance(0.5);
      const occurredAtMs = monday + random.int(0, 4) * 86_400_000 + random.int(0, 7 * 3600) * 1000;
      events.push({
        externalId: `plant-${seed}-${week}-${i}`,
        initiatorId: (fromSales ? seller : marketer).id,
        recipientId: (fromSales ? marketer : seller).id,
        occurredAtMs,
        answeredAtMs: random.chance(0.5) ? occurredAtMs + 3_600_000 : null,
        channel: 'email' as const,
      });
    }
  }
  await db.withOrg(orgId, (tx) => insertEventBatch(tx, orgId, prepareEvents(db.kind, events)));
  return events.length;
}

/** Conflict incidents between a unit's sales and marketing people on the given days. */
export async function plantIncidents(db: Database, orgId: string, region: string, days: readonly IsoDate[]) {
  await db.withOrg(orgId, async (tx) => {
    for (const day of days) {
      await insertIncident(
        tx,
        { orgId, id: newId(), reporterUserId: null, kind: 'open_criticism', level: 'frontline', severity: 2, description: 'Planted for a test', occurredOn: day, createdAt: new Date(`${day}T12:00:00Z`), updatedAt: new Date(`${day}T12:00:00Z`) },
        [
          { personId: null, function: 'sales', level: 'frontline', region },
          { personId: null, function: 'marketing', level: 'frontline', region },
        ],
      );
    }
  });
}

/** Support requests from `requester` to `provider` made at `at`, kept (delivered by the promised date) or ignored. */
export async function plantRequests(db: Database, orgId: string, rows: ReadonlyArray<{ requester: Person; provider: Person; at: Date; kept: boolean }>) {
  const day = (at: Date, plusDays: number) => new Date(at.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
  const records: NewSupportRow[] = rows.map(({ requester, provider, at, kept }) => ({
    orgId,
    id: newId(),
    requesterPersonId: requester.id,
    kind: 'materials',
    addresseePersonId: provider.id,
    addresseeFunction: provider.function,
    summary: 'Planted request',
    neededBy: day(at, 10),
    createdAt: at,
    ...(kept ? { decision: 'accepted' as const, respondedAt: at, responderPersonId: provider.id, promisedDate: day(at, 7), deliveredAt: new Date(at.getTime() + 3 * 86_400_000) } : {}),
  }));
  await db.withOrg(orgId, (tx) => insertSupportRequests(tx, records));
}
