import { planDemoSignals } from '../../domain/dysfunction/demo-signals';
import type { DemoContributor } from '../demo/demo-contributors';
import { newId } from '../ids';
import { listUsers } from '../users/users-repository';
import { insertIncident } from './incidents-repository';
import { insertJournalEntry } from './journal-repository';
import { insertSupportRequests } from './support-requests-repository';

/**
 * Demo signals: a year of support requests (with one middle-level dyad whose promises stop being kept in the last
 * quarter), the incidents that follow it and a few others, and journal entries of the demo seller and marketer.
 */
export const dysfunctionDemo: DemoContributor = {
  name: 'signals',
  async contribute({ tx, orgId, people, random, now }) {
    const users = (await listUsers(tx, orgId)).map((u) => ({ userId: u.id, personId: u.personId }));
    const plan = planDemoSignals({ people, users, random, now });
    await insertSupportRequests(
      tx,
      plan.requests.map((r) => ({ orgId, id: newId(r.createdAt.getTime()), requesterUserId: null, details: '', ...r })),
    );
    for (const incident of plan.incidents) {
      const at = new Date(`${incident.occurredOn}T17:00:00Z`);
      const byId = new Map(people.map((p) => [p.id, p]));
      const parties = incident.partyPersonIds.map((personId) => {
        const person = byId.get(personId);
        return { personId, function: person?.function ?? 'other', level: person?.level ?? null, region: person?.region ?? null };
      });
      const { partyPersonIds: _parties, ...fields } = incident;
      await insertIncident(tx, { orgId, id: newId(at.getTime()), reporterUserId: null, ...fields, createdAt: at, updatedAt: at }, parties);
    }
    for (const entry of plan.journal) {
      const author = people.find((p) => p.id === users.find((u) => u.userId === entry.authorUserId)?.personId);
      await insertJournalEntry(tx, { orgId, id: newId(entry.createdAt.getTime()), authorFunction: author?.function ?? null, authorLevel: author?.level ?? null, ...entry, updatedAt: entry.createdAt });
    }
  },
};
