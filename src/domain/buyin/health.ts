import { isAtOrAfter, type Stage } from './lifecycle';

/** Below this mean belief (1–5) sales doubts the initiative; below the watch line it is lukewarm. */
export const BELIEF_AT_RISK = 3;
export const BELIEF_WATCH = 3.5;
/** This many overdue loops make an initiative at risk (one is a warning). */
export const OVERDUE_AT_RISK = 3;

export interface HealthFacts {
  stage: Stage;
  openLoops: number;
  overdueLoops: number;
  /** Messages from `headingToSales`: evidence or the why missing while with sales. */
  salesFlags: readonly string[];
  /** Mean overall belief of the latest pulse, null when none or suppressed. */
  belief: number | null;
  absorptionOverridden: boolean;
  involvementCount: number;
}

export interface Health {
  status: 'good' | 'watch' | 'at_risk';
  reasons: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const round = (value: number) => Math.round(value * 10) / 10;

/** The initiative's health with the reasons for it, worst first. A reviewed initiative is judged no more. */
export function initiativeHealth(facts: HealthFacts): Health {
  if (facts.stage === 'review') return { status: 'good', reasons: ['Reviewed.'] };
  const atRisk: string[] = [];
  const watch: string[] = [];
  if (facts.overdueLoops >= OVERDUE_AT_RISK) atRisk.push(`${plural(facts.overdueLoops, 'question')} unanswered past the service level.`);
  else if (facts.overdueLoops > 0) watch.push(`${plural(facts.overdueLoops, 'question')} unanswered past the service level.`);
  atRisk.push(...facts.salesFlags);
  if (facts.belief !== null) {
    if (facts.belief < BELIEF_AT_RISK) atRisk.push(`Sales doubts it: mean belief ${round(facts.belief)} of 5.`);
    else if (facts.belief < BELIEF_WATCH) watch.push(`Belief is lukewarm: ${round(facts.belief)} of 5.`);
  }
  if (facts.absorptionOverridden) watch.push('Commitment was asked before absorption ended.');
  if (isAtOrAfter(facts.stage, 'absorption') && facts.involvementCount === 0) watch.push('Sales was not involved before it reached them.');
  if (atRisk.length > 0) return { status: 'at_risk', reasons: [...atRisk, ...watch] };
  if (watch.length > 0) return { status: 'watch', reasons: watch };
  return { status: 'good', reasons: facts.openLoops > 0 ? [`${plural(facts.openLoops, 'open question')}, none overdue.`] : [] };
}
