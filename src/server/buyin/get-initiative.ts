import type { InitiativeDetail } from '../../shared/buyin';
import { checklist } from '../../domain/buyin/checklist';
import { countLoops } from '../../domain/buyin/feedback-loop';
import { nextStages } from '../../domain/buyin/lifecycle';
import type { UseCaseContext } from '../actor';
import { loadViewer, permissionsOf, requireInitiative } from './access';
import { loadInitiativeBuyin } from './initiative-results';
import { loadInitiativePageRows } from './initiative-page-repository';
import { findPersonRefs } from './initiatives-repository';
import { checklistFactsOf, summaryOf, type InitiativeFacts } from './initiative-summaries';
import { feedbackPeople, personOrPlaceholder, presentEvidence, presentFeedback, presentFlex, presentHistory, presentTestMarket } from './presenters';

/**
 * Everything the initiative page shows, in one transaction and a fixed number of queries whatever its size: the
 * viewer, the initiative, every section in one statement, every person named on the page, then the buy-in results.
 */
export async function getInitiative({ db, actor }: UseCaseContext, initiativeId: string): Promise<InitiativeDetail> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    const row = await requireInitiative(tx, orgId, initiativeId);
    const now = new Date();
    const page = await loadInitiativePageRows(tx, orgId, initiativeId);
    const { history, evidence, members, inputs, sessions, testMarkets, flex } = page;
    const feedback = page.feedback.map((f) => ({ ...f, initiativeTitle: row.title, initiativeOwnerId: row.ownerPersonId }));
    const people = await findPersonRefs(tx, orgId, [
      row.ownerPersonId,
      ...members.map((m) => m.personId),
      ...sessions.flatMap((s) => s.attendeeIds),
      ...feedbackPeople(feedback),
      ...flex.flatMap((f) => [f.requestedByPersonId, f.decidedByPersonId]),
    ]);
    const buyin = await loadInitiativeBuyin(tx, orgId, initiativeId, { reportingMinimum: viewer.reportingMinimum, viewerPersonId: actor.personId, now });

    const loops = countLoops(feedback.map((f) => ({ createdAt: f.createdAt, respondedAt: f.response?.at ?? null })), now);
    const facts: InitiativeFacts = {
      evidenceCount: evidence.length,
      involvementCount: members.length + inputs.length + sessions.length,
      testMarketCount: testMarkets.length,
      absorptionOverridden: history.some((h) => h.kind === 'override'),
      openLoops: loops.open,
      overdueLoops: loops.overdue,
      belief: buyin.latestBelief,
    };
    const can = permissionsOf(viewer);
    const stages = nextStages(row, now).map((option) =>
      can.edit ? option : { ...option, allowed: false, needsOverride: false, why: 'Only marketing, leaders and admins move initiatives between stages.' },
    );
    const memberPerson = new Map(members.map((m) => [m.id, m.personId]));
    return {
      initiative: {
        ...summaryOf(row, people, facts),
        summary: row.summary,
        rationale: row.rationale,
        expectedSalesBenefit: row.expectedSalesBenefit,
        absorptionBusinessDays: row.absorptionBusinessDays,
        absorptionStartedAt: row.absorptionStartedAt?.toISOString() ?? null,
        absorptionEndsAt: row.absorptionEndsAt?.toISOString() ?? null,
        nextStages: stages,
        version: row.version,
      },
      can,
      checklist: checklist(checklistFactsOf(row, facts)),
      history: history.map(presentHistory),
      evidence: evidence.map(presentEvidence),
      advisoryBoard: members.map((m) => ({ id: m.id, person: personOrPlaceholder(people, m.personId), note: m.note, addedAt: m.addedAt.toISOString() })),
      advisoryInputs: inputs.map((i) => ({ id: i.id, memberId: i.memberId, person: personOrPlaceholder(people, memberPerson.get(i.memberId) ?? ''), text: i.text, at: i.at.toISOString() })),
      workingSessions: sessions.map((s) => ({ id: s.id, title: s.title, date: s.date, notes: s.notes, outcomes: s.outcomes, attendees: s.attendeeIds.map((id) => personOrPlaceholder(people, id)) })),
      testMarkets: testMarkets.map((t) => presentTestMarket(t, now)),
      feedback: feedback.map((f) => presentFeedback(f, actor.personId, people, now)),
      flexRequests: flex.map((f) => presentFlex(f, people)),
      pulses: buyin.pulses,
      blessings: buyin.blessings,
      results: buyin.results,
      determinants: buyin.determinants,
    };
  });
}
