/**
 * The items of buy-in pulses (DOMAIN.md §2): short statements a salesperson rates on a phone, 1 = strongly disagree …
 * 5 = strongly agree. Each component and determinant carries its stable code id. Belief in the initiative's merit and
 * readiness to execute have no code id: they are the outcomes the components lead to, not DOMAIN.md constructs.
 */
export const MEASURES = ['objectivity', 'sensitivity', 'involvement', 'positioning', 'belief', 'readiness', 'walls', 'culture', 'relationships'] as const;
export type Measure = (typeof MEASURES)[number];

export const COMPONENT_MEASURES = ['objectivity', 'sensitivity', 'involvement', 'positioning'] as const;
export const DETERMINANT_MEASURES = ['walls', 'culture', 'relationships'] as const;

export type PulseKind = 'initiative' | 'organisation';

export interface PulseItem {
  /** Stable within a pulse; answers are keyed by it. */
  id: string;
  measure: Measure;
  codeId: string | null;
  text: string;
}

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

const item = (id: string, measure: Measure, text: string): PulseItem => ({
  id,
  measure,
  codeId: measure === 'belief' || measure === 'readiness' ? null : `buyin.${measure}`,
  text,
});

export const INITIATIVE_PULSE_ITEMS: readonly PulseItem[] = [
  item('objectivity-1', 'objectivity', 'Marketing showed us the facts behind this plan.'),
  item('objectivity-2', 'objectivity', 'Marketing explained why, instead of just selling it to us.'),
  item('sensitivity-1', 'sensitivity', 'Marketing listened to what it is like in my territory.'),
  item('sensitivity-2', 'sensitivity', 'When we raised questions, marketing got back to us.'),
  item('involvement-1', 'involvement', 'People from sales had a real say in shaping this plan.'),
  item('involvement-2', 'involvement', 'It was tried with customers before the full rollout.'),
  item('positioning-1', 'positioning', 'This plan gives me what I need to sell it.'),
  item('positioning-2', 'positioning', 'It will make my job easier, not harder.'),
  item('belief-1', 'belief', 'I believe this plan is right for our customers.'),
  item('belief-2', 'belief', 'This plan will help us win business.'),
  item('readiness-1', 'readiness', 'I am ready to put this plan to work.'),
  item('readiness-2', 'readiness', 'I know what to do differently starting next week.'),
];

export const ORGANISATION_PULSE_ITEMS: readonly PulseItem[] = [
  item('walls-1', 'walls', 'Market news flows freely between sales and marketing.'),
  item('walls-2', 'walls', 'Sales and marketing work as one team, not two camps.'),
  item('culture-1', 'culture', 'Marketing understands the pressure of this quarter’s numbers.'),
  item('culture-2', 'culture', 'Sales sees the value of marketing’s long-term work.'),
  item('relationships-1', 'relationships', 'I get on well with my counterparts in the other function.'),
  item('relationships-2', 'relationships', 'People in sales and marketing treat each other with respect.'),
];

export function pulseItemsFor(kind: PulseKind): readonly PulseItem[] {
  return kind === 'initiative' ? INITIATIVE_PULSE_ITEMS : ORGANISATION_PULSE_ITEMS;
}
