import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../shared/buyin';
import { isBackMove, stageMoves, type StageMove } from './stage-moves';

const closed = (to: Stage, why = 'closed'): StageMove => ({ to, allowed: false, needsReason: false, needsOverride: false, why });
const open = (to: Stage, needsReason = false): StageMove => ({ to, allowed: true, needsReason, needsOverride: false, why: 'ok' });

describe('stage moves on the initiative page', () => {
  it('shows the allowed moves and folds the far closed ones away', () => {
    const moves = stageMoves('draft', [open('involvement'), open('test_market', true), open('absorption', true), closed('commitment'), closed('rollout'), closed('review')]);
    expect(moves.main.map((m) => m.to)).toEqual(['involvement', 'test_market', 'absorption']);
    expect(moves.others.map((m) => m.to)).toEqual(['commitment', 'rollout', 'review']);
    expect(moves.overridable).toBeUndefined();
  });

  it('keeps the closed commitment ask in view during absorption and offers it as the override', () => {
    const commitment: StageMove = { to: 'commitment', allowed: false, needsReason: true, needsOverride: true, why: 'Sales is still absorbing' };
    const moves = stageMoves('absorption', [closed('draft'), closed('involvement'), open('test_market', true), commitment, closed('rollout'), closed('review')]);
    expect(moves.main.map((m) => m.to)).toEqual(['test_market', 'commitment']);
    expect(moves.overridable).toBe(commitment);
  });

  it('shows the next stage even when it is closed, so its reason is visible', () => {
    const moves = stageMoves('rollout', [closed('commitment'), closed('review', 'not yet')]);
    expect(moves.main.map((m) => m.to)).toEqual(['review']);
  });

  it('never offers the current stage and shows nothing at the end', () => {
    expect(stageMoves('review', [closed('review')])).toEqual({ main: [], others: [], overridable: undefined });
  });

  it('calls a move to an earlier stage a move back', () => {
    expect(STAGES.filter((to) => isBackMove('test_market', to))).toEqual(['draft', 'involvement']);
  });
});
