import { isAtOrAfter, STAGE_LABELS, type Stage } from './lifecycle';

/**
 * The objectivity checklist (DOMAIN.md `buyin.objectivity` and `buyin.involvement`): what sales needs to see before
 * it is asked to believe in an initiative. Each item says what is missing and what to do about it.
 */
export type ChecklistKey = 'rationale' | 'evidence' | 'sales_benefit' | 'involvement' | 'test_market' | 'absorption_window' | 'open_loops';

export interface ChecklistItem {
  key: ChecklistKey;
  ok: boolean;
  message: string;
}

export interface ChecklistFacts {
  stage: Stage;
  rationale: string;
  expectedSalesBenefit: string;
  evidenceCount: number;
  /** Advisory members, their inputs and working sessions together. */
  involvementCount: number;
  testMarketCount: number;
  skippedStages: readonly Stage[];
  absorptionBusinessDays: number;
  /** Commitment was asked before the absorption window ended (an override is recorded). */
  absorptionOverridden: boolean;
  openLoops: number;
  overdueLoops: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checklist(facts: ChecklistFacts): ChecklistItem[] {
  const hasRationale = facts.rationale.trim().length > 0;
  const hasBenefit = facts.expectedSalesBenefit.trim().length > 0;
  const skippedInvolvement = facts.skippedStages.includes('involvement');
  const skippedTestMarket = facts.skippedStages.includes('test_market');
  return [
    {
      key: 'rationale',
      ok: hasRationale,
      message: hasRationale ? 'The why is stated.' : 'State the rationale: why this initiative, and why now. Sales asks for the why, not a memo.',
    },
    {
      key: 'evidence',
      ok: facts.evidenceCount > 0,
      message:
        facts.evidenceCount > 0
          ? `${plural(facts.evidenceCount, 'evidence item')} shared.`
          : 'Add at least one evidence item (data, research, a customer story, a file) so the case rests on facts.',
    },
    {
      key: 'sales_benefit',
      ok: hasBenefit,
      message: hasBenefit ? 'The benefit for sales is stated.' : 'Say what sales gains, in their terms: easier deals, better win rates, less time spent.',
    },
    {
      key: 'involvement',
      ok: facts.involvementCount > 0,
      message:
        facts.involvementCount > 0
          ? `${plural(facts.involvementCount, 'involvement record')} (advisory board, inputs, working sessions).`
          : skippedInvolvement
            ? 'Involvement was skipped (the reason is in the history). Sales had no say: consider an advisory board or a working session.'
            : 'Involve sales: name advisory-board members, record their input, or hold a working session.',
    },
    {
      key: 'test_market',
      ok: facts.testMarketCount > 0,
      message:
        facts.testMarketCount > 0
          ? `${plural(facts.testMarketCount, 'test market')} recorded.`
          : skippedTestMarket
            ? 'Advisory: the test market was skipped (the reason is in the history).'
            : 'Advisory: a small test market before broad rollout lets sales see it work.',
    },
    {
      key: 'absorption_window',
      ok: !facts.absorptionOverridden,
      message: facts.absorptionOverridden
        ? 'Commitment was asked before the absorption window ended (override recorded): expect push-back.'
        : `Sales gets ${plural(facts.absorptionBusinessDays, 'business day')} to absorb it before any commitment ask.`,
    },
    {
      key: 'open_loops',
      ok: facts.overdueLoops === 0,
      message:
        facts.openLoops === 0
          ? 'Every piece of feedback has an answer.'
          : facts.overdueLoops === 0
            ? `${plural(facts.openLoops, 'open question')}, none overdue.`
            : `${plural(facts.overdueLoops, 'question')} waiting past the service level (${facts.openLoops} open): answer them with a reason.`,
    },
  ];
}

/**
 * What is missing from an initiative that is with sales (at or after absorption) or about to be (`movingTo`):
 * evidence and a stated why. Empty when nothing is missing or the initiative has not reached sales yet.
 */
export function headingToSales(facts: Pick<ChecklistFacts, 'stage' | 'rationale' | 'evidenceCount'>, movingTo?: Stage): string[] {
  const stage = movingTo ?? facts.stage;
  if (!isAtOrAfter(stage, 'absorption')) return [];
  const where = movingTo && movingTo !== facts.stage ? `Heading to sales (${STAGE_LABELS[movingTo]})` : 'With sales';
  const missing: string[] = [];
  if (facts.rationale.trim().length === 0) missing.push(`${where} without a stated why.`);
  if (facts.evidenceCount === 0) missing.push(`${where} without evidence.`);
  return missing;
}
