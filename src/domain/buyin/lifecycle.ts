import { DomainError } from '../common/domain-error';
import { addBusinessDays, businessDaysBetween } from './business-days';

/**
 * An initiative's journey (DOMAIN.md §2): draft → involvement → test_market → absorption → commitment → rollout →
 * review. Involvement and the test market may be skipped with a reason; absorption never; commitment is asked only
 * after the absorption window unless an override is recorded with a reason; one step back is allowed with a reason
 * before rollout; review is final.
 */
export const STAGES = ['draft', 'involvement', 'test_market', 'absorption', 'commitment', 'rollout', 'review'] as const;
export type Stage = (typeof STAGES)[number];

const SKIPPABLE: readonly Stage[] = ['involvement', 'test_market'];
export const STAGE_LABELS: Record<Stage, string> = {
  draft: 'draft',
  involvement: 'involvement',
  test_market: 'test market',
  absorption: 'absorption',
  commitment: 'commitment',
  rollout: 'rollout',
  review: 'review',
};

export type LifecycleErrorReason = 'SAME_STAGE' | 'FINAL_STAGE' | 'SKIPS_ABSORPTION' | 'SKIPS_STAGE' | 'REASON_REQUIRED' | 'ABSORPTION_NOT_OVER' | 'TOO_FAR_BACK' | 'BACK_AFTER_ROLLOUT';

/** A stage move the lifecycle does not allow; the message says what to do instead. */
export class LifecycleError extends DomainError<LifecycleErrorReason> {}

export interface LifecycleState {
  stage: Stage;
  absorptionBusinessDays: number;
  absorptionStartedAt: Date | null;
  absorptionEndsAt: Date | null;
}

export interface TransitionRequest {
  to: Stage;
  reason?: string | undefined;
  overrideAbsorption?: boolean | undefined;
}

export interface TransitionOutcome {
  from: Stage;
  to: Stage;
  /** forward: the next stage; skip: over involvement/test market; back: one step back; override: early commitment. */
  kind: 'forward' | 'skip' | 'back' | 'override';
  skipped: Stage[];
  absorptionStartedAt: Date | null;
  absorptionEndsAt: Date | null;
  /** The history note: the reason when one was given, else what happened. */
  note: string;
}

export interface NextStage {
  to: Stage;
  allowed: boolean;
  needsReason: boolean;
  /** Allowed only as an absorption override (set overrideAbsorption and give a reason). */
  needsOverride: boolean;
  why: string;
}

const indexOf = (stage: Stage) => STAGES.indexOf(stage);
const label = (stage: Stage) => STAGE_LABELS[stage];
const formatDay = (instant: Date) => instant.toISOString().slice(0, 10);

interface Verdict {
  allowed: boolean;
  needsReason: boolean;
  needsOverride: boolean;
  kind: TransitionOutcome['kind'];
  skipped: Stage[];
  reason?: LifecycleErrorReason;
  why: string;
}

/** Whether `from → to` is possible at `now`, and on what condition, without looking at a reason. */
function judge(state: LifecycleState, to: Stage, now: Date): Verdict {
  const from = state.stage;
  const step = indexOf(to) - indexOf(from);
  const no = (reason: LifecycleErrorReason, why: string): Verdict => ({ allowed: false, needsReason: false, needsOverride: false, kind: 'forward', skipped: [], reason, why });
  if (step === 0) return no('SAME_STAGE', `The initiative is already in ${label(from)}.`);
  if (from === 'review') return no('FINAL_STAGE', 'Review is the last stage: a reviewed initiative does not move again. Start a new initiative to try again.');
  if (step < 0) {
    if (indexOf(from) >= indexOf('rollout')) return no('BACK_AFTER_ROLLOUT', `An initiative in ${label(from)} cannot move back: it is already with the whole field. Move it on to review.`);
    if (step < -1) return no('TOO_FAR_BACK', `Move back one stage at a time: from ${label(from)} the only step back is ${label(STAGES[indexOf(from) - 1] as Stage)}.`);
    return { allowed: true, needsReason: true, needsOverride: false, kind: 'back', skipped: [], why: `Moving back to ${label(to)} needs a reason, which is recorded in the history.` };
  }
  const skipped = STAGES.slice(indexOf(from) + 1, indexOf(to)) as Stage[];
  if (skipped.includes('absorption')) {
    return no('SKIPS_ABSORPTION', `Absorption cannot be skipped: sales needs time to think and test ideas with customers before any commitment ask. Move to absorption first.`);
  }
  const unskippable = skipped.filter((stage) => !SKIPPABLE.includes(stage));
  if (unskippable.length > 0) {
    return no('SKIPS_STAGE', `Only involvement and the test market can be skipped: move to ${label(unskippable[0] as Stage)} first.`);
  }
  if (skipped.length > 0) {
    return {
      allowed: true,
      needsReason: true,
      needsOverride: false,
      kind: 'skip',
      skipped,
      why: `Skipping ${skipped.map(label).join(' and ')} needs a reason, which is recorded and shown on the checklist.`,
    };
  }
  if (to === 'commitment') {
    const endsAt = state.absorptionEndsAt;
    if (!endsAt || now.getTime() < endsAt.getTime()) {
      const left = endsAt ? businessDaysBetween(now, endsAt) : state.absorptionBusinessDays;
      const when = endsAt ? `ends on ${formatDay(endsAt)} (${left} business day${left === 1 ? '' : 's'} from now)` : 'has not started';
      return {
        allowed: false,
        needsReason: true,
        needsOverride: true,
        kind: 'override',
        skipped: [],
        reason: 'ABSORPTION_NOT_OVER',
        why: `Sales is still absorbing the initiative: the window ${when}. Wait, or record an override with a reason to ask for commitment now.`,
      };
    }
  }
  const entering = to === 'absorption' ? ` The absorption window of ${state.absorptionBusinessDays} business days starts now.` : '';
  return { allowed: true, needsReason: false, needsOverride: false, kind: 'forward', skipped: [], why: `Next stage.${entering}` };
}

/** Every other stage with whether it can be reached now and why (the initiative page shows the why). */
export function nextStages(state: LifecycleState, now: Date): NextStage[] {
  return STAGES.filter((stage) => stage !== state.stage).map((to) => {
    const verdict = judge(state, to, now);
    return { to, allowed: verdict.allowed, needsReason: verdict.needsReason, needsOverride: verdict.needsOverride, why: verdict.why };
  });
}

/** Applies a stage move, or throws a LifecycleError that says what to do. */
export function transition(state: LifecycleState, request: TransitionRequest, now: Date): TransitionOutcome {
  const verdict = judge(state, request.to, now);
  const reason = request.reason?.trim() ?? '';
  const from = state.stage;
  const to = request.to;
  if (verdict.needsOverride) {
    if (!request.overrideAbsorption) throw new LifecycleError('ABSORPTION_NOT_OVER', verdict.why);
    if (!reason) throw new LifecycleError('REASON_REQUIRED', 'An absorption override needs a reason: say why sales must commit before the window ends.');
  } else if (!verdict.allowed) {
    throw new LifecycleError(verdict.reason ?? 'SAME_STAGE', verdict.why);
  } else if (verdict.needsReason && !reason) {
    throw new LifecycleError('REASON_REQUIRED', verdict.kind === 'back' ? `Give a reason for moving back to ${label(to)}.` : `Give a reason for skipping ${verdict.skipped.map(label).join(' and ')}.`);
  }
  let absorptionStartedAt = state.absorptionStartedAt;
  let absorptionEndsAt = state.absorptionEndsAt;
  if (to === 'absorption') {
    // Entering absorption (also when coming back to it) gives sales a full window from now.
    absorptionStartedAt = now;
    absorptionEndsAt = addBusinessDays(now, state.absorptionBusinessDays);
  } else if (from === 'absorption' && verdict.kind === 'back') {
    absorptionStartedAt = null;
    absorptionEndsAt = null;
  }
  const fallback = verdict.kind === 'override' ? 'Commitment asked before absorption ended.' : `Moved from ${label(from)} to ${label(to)}.`;
  return { from, to, kind: verdict.kind, skipped: verdict.skipped, absorptionStartedAt, absorptionEndsAt, note: reason || fallback };
}

/** Whether the stage is at or after another one. */
export function isAtOrAfter(stage: Stage, other: Stage): boolean {
  return indexOf(stage) >= indexOf(other);
}
