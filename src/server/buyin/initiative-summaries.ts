import type { InitiativeSummary } from '../../shared/buyin';
import { headingToSales, type ChecklistFacts } from '../../domain/buyin/checklist';
import { countLoops } from '../../domain/buyin/feedback-loop';
import { initiativeHealth } from '../../domain/buyin/health';
import type { Tx } from '../db/create-db';
import { loopTimes } from './feedback-repository';
import { loadLatestBeliefs } from './initiative-results';
import { findPersonRefs, initiativesWithOverride, type InitiativeRow } from './initiatives-repository';
import { countObjectivity } from './involvement-repository';
import { personOrPlaceholder, type PeopleById } from './presenters';

/** What the checklist and health need beside the initiative's own row. */
export interface InitiativeFacts {
  evidenceCount: number;
  involvementCount: number;
  testMarketCount: number;
  absorptionOverridden: boolean;
  openLoops: number;
  overdueLoops: number;
  belief: number | null;
}

export function checklistFactsOf(row: InitiativeRow, facts: InitiativeFacts): ChecklistFacts {
  return {
    stage: row.stage,
    rationale: row.rationale,
    expectedSalesBenefit: row.expectedSalesBenefit,
    evidenceCount: facts.evidenceCount,
    involvementCount: facts.involvementCount,
    testMarketCount: facts.testMarketCount,
    skippedStages: row.skippedStages as ChecklistFacts['skippedStages'],
    absorptionBusinessDays: row.absorptionBusinessDays,
    absorptionOverridden: facts.absorptionOverridden,
    openLoops: facts.openLoops,
    overdueLoops: facts.overdueLoops,
  };
}

export function summaryOf(row: InitiativeRow, people: PeopleById, facts: InitiativeFacts): InitiativeSummary {
  const health = initiativeHealth({
    stage: row.stage,
    openLoops: facts.openLoops,
    overdueLoops: facts.overdueLoops,
    salesFlags: headingToSales({ stage: row.stage, rationale: row.rationale, evidenceCount: facts.evidenceCount }),
    belief: facts.belief,
    absorptionOverridden: facts.absorptionOverridden,
    involvementCount: facts.involvementCount,
  });
  return {
    id: row.id,
    title: row.title,
    stage: row.stage,
    owner: personOrPlaceholder(people, row.ownerPersonId),
    targetSegments: row.targetSegments,
    targetRegions: row.targetRegions,
    startDate: row.startDate,
    rolloutDate: row.rolloutDate,
    openLoops: facts.openLoops,
    overdueLoops: facts.overdueLoops,
    belief: facts.belief,
    health,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Summaries of many initiatives in a fixed number of queries whatever their number: owners, open loops, evidence
 * and involvement counts, overrides, and the latest published pulse belief (null below the reporting minimum).
 */
export async function summarise(tx: Tx, orgId: string, rows: readonly InitiativeRow[], now: Date, reportingMinimum: number): Promise<InitiativeSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const beliefs = await loadLatestBeliefs(tx, orgId, ids, reportingMinimum, now);
  const people = await findPersonRefs(tx, orgId, rows.map((r) => r.ownerPersonId));
  const open = await loopTimes(tx, orgId, ids);
  const counts = await countObjectivity(tx, orgId, ids);
  const overridden = await initiativesWithOverride(tx, orgId, ids);
  const openBy = new Map<string, Array<{ createdAt: Date; respondedAt: Date | null }>>();
  for (const item of open) openBy.set(item.initiativeId, [...(openBy.get(item.initiativeId) ?? []), item]);
  return rows.map((row) => {
    const loops = countLoops(openBy.get(row.id) ?? [], now);
    const count = counts.get(row.id) ?? { evidence: 0, involvement: 0 };
    return summaryOf(row, people, {
      evidenceCount: count.evidence,
      involvementCount: count.involvement,
      testMarketCount: 0,
      absorptionOverridden: overridden.has(row.id),
      openLoops: loops.open,
      overdueLoops: loops.overdue,
      belief: beliefs.get(row.id) ?? null,
    });
  });
}
