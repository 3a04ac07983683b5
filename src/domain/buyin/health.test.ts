import { describe, expect, it } from 'vitest';
import { initiativeHealth, type HealthFacts } from './health';

const fine: HealthFacts = { stage: 'absorption', openLoops: 0, overdueLoops: 0, salesFlags: [], belief: 4.2, absorptionOverridden: false, involvementCount: 2 };
const health = (facts: Partial<HealthFacts>) => initiativeHealth({ ...fine, ...facts });

describe('initiative health', () => {
  it('is good with nothing to worry about', () => {
    expect(health({})).toEqual({ status: 'good', reasons: [] });
    expect(health({ openLoops: 2 })).toEqual({ status: 'good', reasons: ['2 open questions, none overdue.'] });
  });

  it('watches one overdue loop, lukewarm belief, an override or no involvement', () => {
    expect(health({ overdueLoops: 1, openLoops: 1 })).toEqual({ status: 'watch', reasons: ['1 question unanswered past the service level.'] });
    expect(health({ belief: 3.24 })).toEqual({ status: 'watch', reasons: ['Belief is lukewarm: 3.2 of 5.'] });
    expect(health({ absorptionOverridden: true }).status).toBe('watch');
    expect(health({ involvementCount: 0 }).reasons).toEqual(['Sales was not involved before it reached them.']);
    expect(health({ involvementCount: 0, stage: 'draft' }).status).toBe('good');
  });

  it('is at risk with many overdue loops, doubt, or no evidence while with sales — worst reasons first', () => {
    expect(health({ overdueLoops: 3, openLoops: 5 }).status).toBe('at_risk');
    expect(health({ belief: 2.5 }).reasons).toEqual(['Sales doubts it: mean belief 2.5 of 5.']);
    const both = health({ salesFlags: ['With sales without evidence.'], overdueLoops: 1 });
    expect(both).toEqual({ status: 'at_risk', reasons: ['With sales without evidence.', '1 question unanswered past the service level.'] });
  });

  it('ignores belief that is unknown or suppressed', () => {
    expect(health({ belief: null }).status).toBe('good');
  });

  it('stops judging a reviewed initiative', () => {
    expect(health({ stage: 'review', overdueLoops: 9 })).toEqual({ status: 'good', reasons: ['Reviewed.'] });
  });
});
