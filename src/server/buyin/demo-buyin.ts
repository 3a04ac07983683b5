import { STAGES, type Stage } from '../../shared/buyin';
import type { Person } from '../../domain/org/types';
import type { DemoContext, DemoContributor } from '../demo/demo-contributors';
import { newId } from '../ids';
import { upsertBlessing } from './blessing-repository';
import { DEMO_ANSWERS, DEMO_EVIDENCE, DEMO_FLEX, DEMO_QUESTIONS } from './demo-buyin-content';
import { seedPulse, type Attitude } from './demo-buyin-pulses';
import { insertFeedback, insertResponse as insertFeedbackResponse } from './feedback-repository';
import { decideFlexRequest, insertFlexRequest } from './flex-repository';
import { insertHistory, insertInitiative } from './initiatives-repository';
import { insertAdvisoryInput, insertAdvisoryMember, insertEvidence, insertTestMarket, insertWorkingSession } from './involvement-repository';
import { managerChains } from './pulse-audience';

/**
 * Buy-in demo data: an initiative in every stage, three of them planted for the story the module tells —
 * (a) "Industry bundles": a region's middle managers doubt the plan and their reps follow (the cascade shows it);
 * (b) "Partner co-selling": stuck in test market with many open and overdue feedback loops;
 * (c) "Value-selling playbook": done well — evidence, involvement, a test market, every question answered, blessed.
 */
interface Spec {
  title: string;
  stage: Stage;
  ageDays: number;
  summary: string;
  rationale: string;
  benefit: string;
  regions: string[];
  evidence: number;
  advisory: number;
  testMarket: 'none' | 'running' | 'finished';
  feedback: number;
  answered: number;
  /** Days between consecutive feedback items (the oldest first). */
  feedbackSpacing: number;
  flex: number;
  flexDecided: number;
  pulse?: { closed: boolean; attitude: Attitude; ageDays: number };
  blessing?: 'blessed' | 'not_yet' | 'withheld';
}

const DAY = 86_400_000;
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

export const buyinDemo: DemoContributor = {
  name: 'initiatives and buy-in',
  async contribute(context) {
    const { people } = context;
    const byEmail = (test: (p: Person) => boolean) => people.filter((p) => p.active && test(p)).sort((a, b) => a.email.localeCompare(b.email));
    const owner = byEmail((p) => p.function === 'marketing' && p.level === 'middle')[0] ?? byEmail((p) => p.function === 'marketing')[0];
    const regions = [...new Set(byEmail((p) => p.function === 'sales' && p.level !== 'senior').map((p) => p.region))].filter((r): r is string => r !== null).sort();
    if (!owner || regions.length === 0) return;
    const doubtRegion = regions.includes('EMEA South') ? 'EMEA South' : (regions[regions.length - 1] as string);
    const everyone = { levels: ['senior', 'middle', 'frontline'] as const, functions: ['sales'] as const };
    const believers: Attitude = (p) => ({ belief: p.level === 'frontline' ? 3.9 : 4.1, components: 3.8, rate: 0.8 });
    const planted: Attitude = (p) =>
      p.region === doubtRegion && p.level !== 'senior' ? { belief: p.level === 'middle' ? 1.9 : 2.3, components: 2.4, rate: p.level === 'middle' ? 1 : 0.85 } : { belief: 3.9, components: 3.6, rate: 0.8 };
    const specs: Spec[] = [
      { title: 'Spring webinar series', stage: 'draft', ageDays: 3, summary: 'Six webinars for mid-market prospects.', rationale: '', benefit: '', regions: [], evidence: 0, advisory: 0, testMarket: 'none', feedback: 1, answered: 0, feedbackSpacing: 1, flex: 0, flexDecided: 0 },
      { title: 'Customer proof library', stage: 'involvement', ageDays: 12, summary: 'One place for references, case studies and ROI numbers.', rationale: 'Reps spend hours hunting for references; buyers ask for proof from their industry.', benefit: 'Find a relevant reference in under a minute.', regions: regions.slice(0, 2), evidence: 1, advisory: 4, testMarket: 'none', feedback: 3, answered: 3, feedbackSpacing: 2, flex: 0, flexDecided: 0 },
      { title: 'Partner co-selling programme', stage: 'test_market', ageDays: 70, summary: 'Sell jointly with three integration partners.', rationale: 'Partners influence a third of our enterprise deals.', benefit: 'Bigger deals with partner-sourced leads.', regions: regions.slice(0, 3), evidence: 1, advisory: 2, testMarket: 'running', feedback: 11, answered: 2, feedbackSpacing: 4, flex: 2, flexDecided: 0 },
      { title: 'Lead scoring v2', stage: 'absorption', ageDays: 30, summary: 'A new lead score built on product usage.', rationale: 'Usage predicts conversion twice as well as form fills.', benefit: 'Fewer, better leads in your queue.', regions: [], evidence: 2, advisory: 3, testMarket: 'finished', feedback: 4, answered: 3, feedbackSpacing: 3, flex: 0, flexDecided: 0 },
      { title: 'Industry bundles pricing', stage: 'commitment', ageDays: 60, summary: 'Bundled pricing for manufacturing and logistics.', rationale: 'Bundles raise average deal size in the two industries where we win most.', benefit: 'A simpler quote and a bigger deal.', regions, evidence: 2, advisory: 2, testMarket: 'finished', feedback: 6, answered: 5, feedbackSpacing: 5, flex: 1, flexDecided: 1, pulse: { closed: true, attitude: planted, ageDays: 14 }, blessing: 'not_yet' },
      { title: 'Value-selling playbook', stage: 'rollout', ageDays: 120, summary: 'Quantify the customer’s value in every deal above 50k.', rationale: 'Quantified deals close more often and at better margins (see the win-rate data).', benefit: 'A proven way to defend price, with tools that do the maths.', regions, evidence: 4, advisory: 5, testMarket: 'finished', feedback: 8, answered: 8, feedbackSpacing: 6, flex: 3, flexDecided: 3, pulse: { closed: true, attitude: believers, ageDays: 25 }, blessing: 'blessed' },
      { title: 'Renewal campaign Q1', stage: 'review', ageDays: 200, summary: 'Early renewal offers for customers in their last quarter.', rationale: 'Renewals signed early churn less.', benefit: 'Renewals land before the quarter gets busy.', regions, evidence: 2, advisory: 1, testMarket: 'finished', feedback: 3, answered: 3, feedbackSpacing: 10, flex: 0, flexDecided: 0, pulse: { closed: true, attitude: (p) => ({ belief: p.level === 'frontline' ? 3.3 : 3.6, rate: 0.7 }), ageDays: 90 } },
    ];
    const preloaded = { people, chains: managerChains(people) };
    for (const spec of specs) await addInitiative(context, spec, { owner, everyone, preloaded, byEmail });
    // The organisation pulse on the determinants, beside every initiative's results.
    const now = context.now;
    await seedPulse(context.tx, context.orgId, {
      kind: 'organisation',
      initiativeId: null,
      title: 'How sales and marketing work together',
      input: { levels: ['senior', 'middle', 'frontline'], functions: ['sales', 'marketing'], regions: [], closesAt: new Date(now.getTime() - 20 * DAY).toISOString() },
      openedAt: new Date(now.getTime() - 34 * DAY),
      // Closed, so its results are published (domain/buyin/publication).
      closed: true,
      attitude: (p) => ({ belief: p.function === 'sales' ? 2.8 : 3.6, rate: 0.75 }),
      random: context.random,
      preloaded,
    });
  },
};

async function addInitiative(
  { tx, orgId, random, now }: DemoContext,
  spec: Spec,
  shared: { owner: Person; everyone: { levels: readonly ['senior', 'middle', 'frontline']; functions: readonly ['sales'] }; preloaded: { people: readonly Person[]; chains: Map<string, string[]> }; byEmail: (test: (p: Person) => boolean) => Person[] },
): Promise<void> {
  const id = newId();
  const created = new Date(now.getTime() - spec.ageDays * DAY);
  const stageIndex = STAGES.indexOf(spec.stage);
  const absorbed = stageIndex >= STAGES.indexOf('absorption');
  const absorptionStartedAt = absorbed ? new Date(now.getTime() - (spec.stage === 'absorption' ? 4 : spec.ageDays / 2) * DAY) : null;
  const absorptionEndsAt = absorptionStartedAt ? new Date(absorptionStartedAt.getTime() + 14 * DAY) : null;
  await insertInitiative(tx, {
    orgId, id, title: spec.title, summary: spec.summary, stage: spec.stage, ownerPersonId: shared.owner.id, targetSegments: ['Mid-market', 'Enterprise'].slice(0, 1 + (stageIndex % 2)),
    targetRegions: spec.regions, startDate: dateOnly(created), rolloutDate: dateOnly(new Date(created.getTime() + 90 * DAY)), rationale: spec.rationale, expectedSalesBenefit: spec.benefit,
    absorptionStartedAt, absorptionEndsAt, createdAt: created, updatedAt: now,
  });
  const history = (kind: 'created' | 'stage', at: Date, note: string, from: Stage | null = null, to: Stage | null = null) =>
    insertHistory(tx, { orgId, id: newId(at.getTime()), initiativeId: id, at, byName: shared.owner.name, kind, fromStage: from, toStage: to, note });
  await history('created', created, 'Created the initiative.');
  for (let i = 1; i <= stageIndex; i++) {
    const at = new Date(created.getTime() + ((spec.ageDays * DAY) / (stageIndex + 1)) * i);
    await history('stage', at, `Moved to ${STAGES[i]?.replace('_', ' ')}.`, STAGES[i - 1] as Stage, STAGES[i] as Stage);
  }
  for (const e of DEMO_EVIDENCE.slice(0, spec.evidence)) {
    await insertEvidence(tx, { orgId, id: newId(), initiativeId: id, kind: e.kind, title: e.title, note: e.note, url: 'url' in e ? e.url : null, addedByName: shared.owner.name, addedAt: created });
  }
  const inRegions = (p: Person) => p.function === 'sales' && p.level !== 'senior' && (spec.regions.length === 0 || (p.region !== null && spec.regions.includes(p.region)));
  const sellers = shared.byEmail(inRegions);
  const pick = () => sellers[random.int(0, sellers.length - 1)] as Person;
  if (sellers.length === 0) return;
  for (let i = 0; i < spec.advisory; i++) {
    const member = await insertAdvisoryMember(tx, { orgId, id: newId(), initiativeId: id, personId: (sellers[(i * 7) % sellers.length] as Person).id, note: 'Sales advisory board', addedAt: created });
    if (member && i % 2 === 0) await insertAdvisoryInput(tx, { orgId, id: newId(), initiativeId: id, memberId: member.id, text: 'Start with the customers we already know; test the message with them first.', at: created });
  }
  if (spec.advisory >= 3) {
    await insertWorkingSession(tx, { orgId, id: newId(), initiativeId: id, title: 'Joint working session', date: dateOnly(new Date(created.getTime() + 7 * DAY)), notes: 'Sales and marketing walked through the plan together.', outcomes: 'Two changes agreed: a shorter deck, a distributor version.' }, sellers.slice(0, 3).map((p) => p.id));
  }
  if (spec.testMarket !== 'none') {
    const start = new Date(created.getTime() + 14 * DAY);
    const end = spec.testMarket === 'running' ? new Date(now.getTime() + 20 * DAY) : new Date(start.getTime() + 21 * DAY);
    await insertTestMarket(tx, {
      orgId, id: newId(), initiativeId: id, regions: spec.regions.slice(0, 1).length ? spec.regions.slice(0, 1) : ['North America East'], startDate: dateOnly(start), endDate: dateOnly(end),
      results: spec.testMarket === 'finished' ? 'Pilot reps closed 4 of 9 qualified deals; two objections came up repeatedly.' : '', changes: spec.testMarket === 'finished' ? 'Rewrote the objection guide and added a distributor version.' : '',
    });
  }
  for (let i = 0; i < spec.feedback; i++) {
    const question = DEMO_QUESTIONS[i % DEMO_QUESTIONS.length] as (typeof DEMO_QUESTIONS)[number];
    const asked = new Date(now.getTime() - (spec.feedback - i) * spec.feedbackSpacing * DAY - random.int(1, 8) * 3_600_000);
    const feedbackId = newId(asked.getTime());
    await insertFeedback(tx, { orgId, id: feedbackId, initiativeId: id, authorPersonId: pick().id, kind: question.kind, text: question.text, anonymous: i % 5 === 4, stageAtCreation: spec.stage, createdAt: asked });
    if (i < spec.answered) {
      const answer = DEMO_ANSWERS[i % DEMO_ANSWERS.length] as (typeof DEMO_ANSWERS)[number];
      await insertFeedbackResponse(tx, { orgId, feedbackId, initiativeId: id, decision: answer.decision, reason: answer.reason, byPersonId: shared.owner.id, at: new Date(asked.getTime() + random.int(1, 3) * DAY) });
    }
  }
  for (let i = 0; i < spec.flex; i++) {
    const flex = DEMO_FLEX[i % DEMO_FLEX.length] as (typeof DEMO_FLEX)[number];
    const requester = pick();
    const requestedAt = new Date(now.getTime() - (10 + i * 3) * DAY);
    const row = await insertFlexRequest(tx, { orgId, id: newId(requestedAt.getTime()), initiativeId: id, region: requester.region ?? 'North America East', aspect: flex.aspect, request: flex.request, requestedByPersonId: requester.id, requestedAt });
    if (i < spec.flexDecided) {
      await decideFlexRequest(tx, orgId, row.id, {
        status: i === 1 ? 'partly' : 'approved', reason: 'The region’s buyers differ, and the pilot data backs the change.',
        salesCommits: 'Sales commits to the full pipeline review every month.', marketingCommits: 'Marketing adapts the material within two weeks.', decidedByPersonId: shared.owner.id, decidedAt: new Date(requestedAt.getTime() + 2 * DAY),
      });
    }
  }
  if (spec.pulse) {
    const openedAt = new Date(now.getTime() - spec.pulse.ageDays * DAY);
    await seedPulse(tx, orgId, {
      kind: 'initiative', initiativeId: id, title: `Buy-in: ${spec.title}`,
      input: { ...shared.everyone, levels: [...shared.everyone.levels], functions: [...shared.everyone.functions], regions: [], closesAt: new Date(openedAt.getTime() + (spec.pulse.closed ? 10 : 14) * DAY).toISOString() },
      openedAt, closed: spec.pulse.closed, attitude: spec.pulse.attitude, random, preloaded: shared.preloaded,
    });
  }
  const senior = shared.byEmail((p) => p.function === 'sales' && p.level === 'senior')[0];
  if (spec.blessing && senior) await upsertBlessing(tx, { orgId, initiativeId: id, personId: senior.id, status: spec.blessing, note: spec.blessing === 'blessed' ? 'Backed by the win-rate data; my leaders will coach it.' : 'Waiting for the regional managers’ view.', at: now });
}
