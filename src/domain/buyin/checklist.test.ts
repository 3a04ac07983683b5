import { describe, expect, it } from 'vitest';
import { checklist, headingToSales, type ChecklistFacts } from './checklist';

const complete: ChecklistFacts = {
  stage: 'absorption',
  rationale: 'Win-rate data shows bundles close 20% faster.',
  expectedSalesBenefit: 'Shorter sales cycles.',
  evidenceCount: 2,
  involvementCount: 3,
  testMarketCount: 1,
  skippedStages: [],
  absorptionBusinessDays: 10,
  absorptionOverridden: false,
  openLoops: 0,
  overdueLoops: 0,
};
const item = (facts: Partial<ChecklistFacts>, key: string) => checklist({ ...complete, ...facts }).find((i) => i.key === key);

describe('objectivity checklist', () => {
  it('lists every item in a fixed order, all ok for a well-prepared initiative', () => {
    const items = checklist(complete);
    expect(items.map((i) => i.key)).toEqual(['rationale', 'evidence', 'sales_benefit', 'involvement', 'test_market', 'absorption_window', 'open_loops']);
    expect(items.every((i) => i.ok)).toBe(true);
  });

  it('asks for the why, evidence and the benefit for sales when they are missing', () => {
    expect(item({ rationale: '  ' }, 'rationale')).toMatchObject({ ok: false, message: expect.stringMatching(/State the rationale/) });
    expect(item({ evidenceCount: 0 }, 'evidence')).toMatchObject({ ok: false, message: expect.stringMatching(/at least one evidence item/) });
    expect(item({ expectedSalesBenefit: '' }, 'sales_benefit')).toMatchObject({ ok: false, message: expect.stringMatching(/what sales gains/) });
  });

  it('says when involvement or the test market was skipped', () => {
    expect(item({ involvementCount: 0, skippedStages: ['involvement'] }, 'involvement')?.message).toMatch(/skipped/);
    expect(item({ involvementCount: 0 }, 'involvement')?.message).toMatch(/Involve sales/);
    expect(item({ testMarketCount: 0, skippedStages: ['test_market'] }, 'test_market')).toMatchObject({ ok: false, message: expect.stringMatching(/^Advisory: .*skipped/) });
  });

  it('flags an absorption override and overdue loops', () => {
    expect(item({ absorptionOverridden: true }, 'absorption_window')).toMatchObject({ ok: false, message: expect.stringMatching(/override/) });
    expect(item({ openLoops: 2 }, 'open_loops')).toMatchObject({ ok: true, message: '2 open questions, none overdue.' });
    expect(item({ openLoops: 4, overdueLoops: 1 }, 'open_loops')).toMatchObject({ ok: false, message: expect.stringMatching(/^1 question waiting/) });
  });
});

describe('heading to sales', () => {
  it('flags an initiative with sales that lacks evidence or a why', () => {
    expect(headingToSales({ stage: 'commitment', rationale: '', evidenceCount: 0 })).toEqual(['With sales without a stated why.', 'With sales without evidence.']);
  });

  it('flags a move to absorption before it happens', () => {
    expect(headingToSales({ stage: 'test_market', rationale: 'why', evidenceCount: 0 }, 'absorption')).toEqual(['Heading to sales (absorption) without evidence.']);
  });

  it('does not flag drafts or complete initiatives', () => {
    expect(headingToSales({ stage: 'draft', rationale: '', evidenceCount: 0 })).toEqual([]);
    expect(headingToSales({ stage: 'involvement', rationale: '', evidenceCount: 0 }, 'test_market')).toEqual([]);
    expect(headingToSales({ stage: 'rollout', rationale: 'why', evidenceCount: 1 })).toEqual([]);
  });
});
