import type { Random } from '../../domain/common/random';
import type { Person } from '../../domain/org/types';
import { STAGES } from '../../shared/buyin';
import type { Database } from '../db/create-db';
import { newId } from '../ids';
import { allPeople } from '../org/people-repository';
import { DEMO_ANSWERS, DEMO_EVIDENCE, DEMO_QUESTIONS } from './demo-buyin-content';
import { seedPulse } from './demo-buyin-pulses';
import { insertFeedback, insertResponse as insertFeedbackResponse } from './feedback-repository';
import { insertInitiative } from './initiatives-repository';
import { insertEvidence } from './involvement-repository';
import { managerChains } from './pulse-audience';

const DAY = 86_400_000;

/**
 * Many initiatives for the benchmark (bench/buyin.ts): every stage, two evidence items and four questions (half
 * answered) each, and a pulse to the sales people of one or two regions, answered by about three in four of them.
 */
export async function seedBenchInitiatives(db: Database, orgId: string, options: { count: number; random: Random; now: Date }) {
  const { random, now } = options;
  return db.withOrg(orgId, async (tx) => {
    const people = await allPeople(tx, orgId);
    const preloaded = { people, chains: managerChains(people) };
    const owners = people.filter((p) => p.function === 'marketing' && p.level === 'middle');
    const sellers = people.filter((p) => p.function === 'sales' && p.level === 'frontline');
    const regions = [...new Set(sellers.map((p) => p.region))].filter((r): r is string => r !== null).sort();
    const initiativeIds: string[] = [];
    let invitations = 0;
    let responses = 0;
    for (let i = 0; i < options.count; i++) {
      const id = newId();
      const created = new Date(now.getTime() - (30 + (i % 60)) * DAY);
      const targets = random.chance(0.5) ? [random.pick(regions)] : [...new Set([random.pick(regions), random.pick(regions)])];
      const owner = random.pick(owners) as Person;
      await insertInitiative(tx, {
        orgId, id, title: `Initiative ${i + 1}`, summary: 'Benchmark initiative.', stage: STAGES[i % STAGES.length], ownerPersonId: owner.id, targetRegions: targets,
        rationale: 'Because the data says so.', expectedSalesBenefit: 'Bigger deals.', createdAt: created, updatedAt: created,
      });
      for (const e of DEMO_EVIDENCE.slice(0, 2)) await insertEvidence(tx, { orgId, id: newId(), initiativeId: id, kind: e.kind, title: e.title, note: e.note, addedByName: owner.name, addedAt: created });
      for (let q = 0; q < 4; q++) {
        const asked = new Date(created.getTime() + (q + 1) * DAY);
        const question = DEMO_QUESTIONS[(i + q) % DEMO_QUESTIONS.length] as (typeof DEMO_QUESTIONS)[number];
        const feedbackId = newId(asked.getTime());
        await insertFeedback(tx, { orgId, id: feedbackId, initiativeId: id, authorPersonId: random.pick(sellers).id, kind: question.kind, text: question.text, stageAtCreation: 'involvement', createdAt: asked });
        if (q % 2 === 0) {
          const answer = DEMO_ANSWERS[q % DEMO_ANSWERS.length] as (typeof DEMO_ANSWERS)[number];
          await insertFeedbackResponse(tx, { orgId, feedbackId, initiativeId: id, decision: answer.decision, reason: answer.reason, byPersonId: owner.id, at: new Date(asked.getTime() + DAY) });
        }
      }
      const base = new Map(targets.map((r) => [r, 2.4 + random.next() * 2]));
      const openedAt = new Date(now.getTime() - (1 + (i % 20)) * DAY);
      const pulse = await seedPulse(tx, orgId, {
        kind: 'initiative', initiativeId: id, title: `Buy-in: Initiative ${i + 1}`,
        input: { levels: ['senior', 'middle', 'frontline'], functions: ['sales'], regions: targets, closesAt: new Date(openedAt.getTime() + 14 * DAY).toISOString() },
        // Closed, so every page carries published results: the heaviest page to serve.
        openedAt, closed: true, attitude: (p) => ({ belief: base.get(p.region ?? '') ?? 3.5, rate: 0.75 }), random, preloaded,
      });
      initiativeIds.push(id);
      invitations += pulse.invited;
      responses += pulse.answered;
    }
    return { initiativeIds, invitations, responses };
  });
}
