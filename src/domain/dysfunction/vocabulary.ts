/**
 * The dysfunctions of DOMAIN.md §5 and how each side makes sense of them: the stable code ids, and which
 * interpretations and responses the studies found on each side. Journal entries may carry any listed id; the
 * expected ones for the writer's function are offered first.
 */
import type { PersonFunction } from '../org/types';

export const DYSFUNCTIONS = ['dysfunction.communication_paucity', 'dysfunction.lack_of_collaboration', 'dysfunction.overt_conflict'] as const;
export type DysfunctionId = (typeof DYSFUNCTIONS)[number];

export const INTERPRETATIONS = [
  'interpretation.undervalued',
  'interpretation.ostracized',
  'interpretation.autonomy_overkill',
  'interpretation.nuisance',
  'interpretation.marketing_self_oriented',
  'interpretation.role_conflict',
  'interpretation.exercise_in_futility',
  'interpretation.rudderless',
  'interpretation.strategic_submissiveness',
  'interpretation.hierarchical_inferiority',
  'interpretation.intentionally_targeted',
  'interpretation.hopelessness',
] as const;
export type InterpretationId = (typeof INTERPRETATIONS)[number];

export const RESPONSES = [
  'response.active_ignorance',
  'response.usurping',
  'response.lone_wolfism',
  'response.learned_skepticism',
  'response.self_interest_protection',
  'response.inefficient_effort_reallocation',
] as const;
export type ResponseId = (typeof RESPONSES)[number];

export type JournalTag = InterpretationId | ResponseId;
export const JOURNAL_TAGS: readonly JournalTag[] = [...INTERPRETATIONS, ...RESPONSES];

/** The two sides of the interface; people in other functions are outside it. */
export const SIDES = ['sales', 'marketing'] as const;
export type Side = (typeof SIDES)[number];

export interface SideSensemaking {
  interpretations: readonly InterpretationId[];
  responses: readonly ResponseId[];
}

/** DOMAIN.md §5's table: per dysfunction and side, the interpretations and the typical response. */
export const SENSEMAKING: Record<DysfunctionId, Record<Side, SideSensemaking>> = {
  'dysfunction.communication_paucity': {
    sales: { interpretations: ['interpretation.undervalued', 'interpretation.ostracized'], responses: ['response.active_ignorance'] },
    marketing: { interpretations: ['interpretation.autonomy_overkill', 'interpretation.nuisance'], responses: ['response.usurping'] },
  },
  'dysfunction.lack_of_collaboration': {
    sales: { interpretations: ['interpretation.marketing_self_oriented', 'interpretation.role_conflict'], responses: ['response.lone_wolfism'] },
    marketing: { interpretations: ['interpretation.exercise_in_futility', 'interpretation.rudderless'], responses: ['response.learned_skepticism'] },
  },
  'dysfunction.overt_conflict': {
    sales: { interpretations: ['interpretation.strategic_submissiveness', 'interpretation.hierarchical_inferiority'], responses: ['response.self_interest_protection'] },
    marketing: { interpretations: ['interpretation.intentionally_targeted', 'interpretation.hopelessness'], responses: ['response.inefficient_effort_reallocation'] },
  },
};

export const isSide = (fn: PersonFunction | null | undefined): fn is Side => fn === 'sales' || fn === 'marketing';

/** Every interpretation (or response) id, the ones expected for this dysfunction and function first. */
export function orderedChoices<T extends JournalTag>(all: readonly T[], expected: readonly T[]): T[] {
  return [...expected, ...all.filter((id) => !expected.includes(id))];
}

export function expectedFor(dysfunction: DysfunctionId, fn: PersonFunction | null): SideSensemaking {
  if (isSide(fn)) return SENSEMAKING[dysfunction][fn];
  return { interpretations: [], responses: [] };
}

/** The side whose sensemaking DOMAIN.md associates with a tag under a dysfunction, or null when it is neither's. */
export function expectedSideOf(dysfunction: DysfunctionId, tag: JournalTag): Side | null {
  for (const side of SIDES) {
    const { interpretations, responses } = SENSEMAKING[dysfunction][side];
    if ((interpretations as readonly string[]).includes(tag) || (responses as readonly string[]).includes(tag)) return side;
  }
  return null;
}

export const LABELS: Record<DysfunctionId | JournalTag, string> = {
  'dysfunction.communication_paucity': 'Communication paucity',
  'dysfunction.lack_of_collaboration': 'Lack of collaboration',
  'dysfunction.overt_conflict': 'Overt conflict',
  'interpretation.undervalued': 'Undervalued',
  'interpretation.ostracized': 'Ostracized',
  'interpretation.autonomy_overkill': 'Autonomy overkill',
  'interpretation.nuisance': 'A nuisance',
  'interpretation.marketing_self_oriented': 'Marketing is self-oriented',
  'interpretation.role_conflict': 'Role conflict',
  'interpretation.exercise_in_futility': 'An exercise in futility',
  'interpretation.rudderless': 'Rudderless',
  'interpretation.strategic_submissiveness': 'Strategic submissiveness',
  'interpretation.hierarchical_inferiority': 'Hierarchical inferiority',
  'interpretation.intentionally_targeted': 'Intentionally targeted',
  'interpretation.hopelessness': 'Hopelessness',
  'response.active_ignorance': 'Active ignorance (tune out directives)',
  'response.usurping': 'Usurping (go to customers directly)',
  'response.lone_wolfism': 'Lone wolfism (stop asking)',
  'response.learned_skepticism': 'Learned scepticism (plan without them)',
  'response.self_interest_protection': 'Self-interest protection',
  'response.inefficient_effort_reallocation': 'Effort spent defending plans',
};
