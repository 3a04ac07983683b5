import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LifecycleError, nextStages, STAGES, transition, type LifecycleState, type Stage } from './lifecycle';

const monday = new Date('2026-01-05T09:00:00Z');
const state = (stage: Stage, overrides: Partial<LifecycleState> = {}): LifecycleState => ({
  stage,
  absorptionBusinessDays: 10,
  absorptionStartedAt: null,
  absorptionEndsAt: null,
  ...overrides,
});
const absorbing = state('absorption', { absorptionStartedAt: monday, absorptionEndsAt: new Date('2026-01-19T09:00:00Z') });
const reasonOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof LifecycleError) return error.reason;
    throw error;
  }
  return 'no error';
};

describe('initiative lifecycle', () => {
  it('moves forward one stage at a time without a reason', () => {
    const outcome = transition(state('draft'), { to: 'involvement' }, monday);
    expect(outcome).toMatchObject({ from: 'draft', to: 'involvement', kind: 'forward', skipped: [], note: 'Moved from draft to involvement.' });
  });

  it('starts the absorption window when absorption begins', () => {
    const outcome = transition(state('test_market', { absorptionBusinessDays: 3 }), { to: 'absorption' }, new Date('2026-01-08T09:00:00Z'));
    expect(outcome.absorptionStartedAt?.toISOString()).toBe('2026-01-08T09:00:00.000Z');
    expect(outcome.absorptionEndsAt?.toISOString()).toBe('2026-01-13T09:00:00.000Z');
  });

  it('skips involvement and the test market only with a reason, and says which were skipped', () => {
    expect(reasonOf(() => transition(state('draft'), { to: 'absorption' }, monday))).toBe('REASON_REQUIRED');
    expect(reasonOf(() => transition(state('draft'), { to: 'absorption', reason: '   ' }, monday))).toBe('REASON_REQUIRED');
    const outcome = transition(state('draft'), { to: 'absorption', reason: 'Regulatory change: no time' }, monday);
    expect(outcome).toMatchObject({ kind: 'skip', skipped: ['involvement', 'test_market'], note: 'Regulatory change: no time' });
    expect(outcome.absorptionEndsAt).not.toBeNull();
    expect(transition(state('involvement'), { to: 'absorption', reason: 'Tested last year' }, monday).skipped).toEqual(['test_market']);
  });

  it('never skips absorption, even with a reason', () => {
    for (const from of ['draft', 'involvement', 'test_market'] as const) {
      for (const to of ['commitment', 'rollout', 'review'] as const) {
        expect(reasonOf(() => transition(state(from), { to, reason: 'hurry', overrideAbsorption: true }, monday))).toBe('SKIPS_ABSORPTION');
      }
    }
  });

  it('never skips commitment or rollout either', () => {
    expect(reasonOf(() => transition(absorbing, { to: 'rollout', reason: 'hurry' }, monday))).toBe('SKIPS_STAGE');
    expect(reasonOf(() => transition(state('commitment'), { to: 'review', reason: 'hurry' }, monday))).toBe('SKIPS_STAGE');
  });

  it('blocks the commitment ask until the absorption window ends, and says when it ends', () => {
    const twoDaysIn = new Date('2026-01-07T09:00:00Z');
    expect(() => transition(absorbing, { to: 'commitment' }, twoDaysIn)).toThrow(/ends on 2026-01-19 \(8 business days from now\).*override/);
    expect(reasonOf(() => transition(absorbing, { to: 'commitment', reason: 'Board date moved' }, twoDaysIn))).toBe('ABSORPTION_NOT_OVER');
    expect(transition(absorbing, { to: 'commitment' }, new Date('2026-01-19T09:00:00Z')).kind).toBe('forward');
  });

  it('records an early commitment ask as an override that needs a reason', () => {
    const twoDaysIn = new Date('2026-01-07T09:00:00Z');
    expect(reasonOf(() => transition(absorbing, { to: 'commitment', overrideAbsorption: true }, twoDaysIn))).toBe('REASON_REQUIRED');
    const outcome = transition(absorbing, { to: 'commitment', overrideAbsorption: true, reason: 'Board date moved' }, twoDaysIn);
    expect(outcome).toMatchObject({ kind: 'override', note: 'Board date moved' });
    expect(outcome.absorptionEndsAt?.toISOString()).toBe('2026-01-19T09:00:00.000Z');
  });

  it('moves back one stage before rollout with a reason only', () => {
    expect(reasonOf(() => transition(state('commitment'), { to: 'absorption' }, monday))).toBe('REASON_REQUIRED');
    expect(transition(state('test_market'), { to: 'involvement', reason: 'Board wants more input' }, monday).kind).toBe('back');
    expect(reasonOf(() => transition(state('commitment'), { to: 'test_market', reason: 'x' }, monday))).toBe('TOO_FAR_BACK');
    expect(reasonOf(() => transition(state('rollout'), { to: 'commitment', reason: 'x' }, monday))).toBe('BACK_AFTER_ROLLOUT');
  });

  it('gives sales a fresh window when moved back into absorption, and clears it when moved out backwards', () => {
    const back = transition(state('commitment', { absorptionStartedAt: monday, absorptionEndsAt: monday }), { to: 'absorption', reason: 'Pushback' }, new Date('2026-02-02T09:00:00Z'));
    expect(back.absorptionEndsAt?.toISOString()).toBe('2026-02-16T09:00:00.000Z');
    const out = transition(absorbing, { to: 'test_market', reason: 'Test first' }, monday);
    expect(out).toMatchObject({ absorptionStartedAt: null, absorptionEndsAt: null });
  });

  it('treats review as final and refuses a move to the same stage', () => {
    for (const to of STAGES.filter((s) => s !== 'review')) {
      expect(reasonOf(() => transition(state('review'), { to, reason: 'again' }, monday))).toBe('FINAL_STAGE');
    }
    expect(reasonOf(() => transition(state('draft'), { to: 'draft' }, monday))).toBe('SAME_STAGE');
  });

  it('lists every other stage with whether it is open now and why', () => {
    const early = nextStages(absorbing, new Date('2026-01-07T09:00:00Z'));
    expect(early.map((s) => s.to)).toEqual(['draft', 'involvement', 'test_market', 'commitment', 'rollout', 'review']);
    expect(early.find((s) => s.to === 'commitment')).toMatchObject({ allowed: false, needsReason: true, needsOverride: true });
    expect(early.find((s) => s.to === 'test_market')).toMatchObject({ allowed: true, needsReason: true, needsOverride: false });
    expect(early.find((s) => s.to === 'rollout')?.why).toMatch(/move to commitment first/);
    expect(nextStages(state('draft'), monday).find((s) => s.to === 'commitment')?.why).toMatch(/Absorption cannot be skipped/);
    const late = nextStages(absorbing, new Date('2026-01-20T09:00:00Z'));
    expect(late.find((s) => s.to === 'commitment')).toMatchObject({ allowed: true, needsReason: false, needsOverride: false });
    expect(nextStages(state('review'), monday).every((s) => !s.allowed)).toBe(true);
  });

  it('agrees with transition: an allowed move without a reason succeeds, a closed one throws', () => {
    const stageArb = fc.constantFrom(...STAGES);
    fc.assert(
      fc.property(stageArb, stageArb, fc.integer({ min: 0, max: 30 }), (from, to, daysIn) => {
        const now = new Date(monday.getTime() + daysIn * 86_400_000);
        const current = from === 'absorption' || from === 'commitment' ? { ...absorbing, stage: from } : state(from);
        const option = nextStages(current, now).find((s) => s.to === to);
        if (!option) return from === to;
        const attempt = (reason?: string) => () => transition(current, { to, reason }, now);
        if (option.allowed && !option.needsReason) return attempt()().to === to;
        if (option.allowed) return reasonOf(attempt()) === 'REASON_REQUIRED' && attempt('because')().to === to;
        if (option.needsOverride) return transition(current, { to, reason: 'because', overrideAbsorption: true }, now).kind === 'override';
        return reasonOf(attempt('because')) !== 'no error';
      }),
    );
  });

  it('never lets an initiative reach commitment without passing through absorption', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STAGES), { maxLength: 20 }), (targets) => {
        let current = state('draft');
        let absorbed = false;
        for (const to of targets) {
          try {
            const outcome = transition(current, { to, reason: 'r', overrideAbsorption: true }, monday);
            current = { ...current, stage: outcome.to, absorptionStartedAt: outcome.absorptionStartedAt, absorptionEndsAt: outcome.absorptionEndsAt };
            if (outcome.to === 'absorption') absorbed = true;
            if (outcome.to === 'commitment' && !absorbed) return false;
          } catch (error) {
            if (!(error instanceof LifecycleError)) throw error;
          }
        }
        return true;
      }),
    );
  });
});
