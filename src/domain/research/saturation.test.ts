import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodingInputError } from './codings';
import type { InterviewCodes } from './saturation';
import { assessSaturation, newCodesPerInterview } from './saturation';

const codes = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `c${from + i}`);

/**
 * A worked example of the method as Guest, Namey & Chen (2020, PLoS ONE 15(5): e0232076) describe it — base of 4
 * interviews, runs of 2, threshold ≤5% — with our own numbers. New codes per interview: 20, 9, 5, 3 (the base: 37
 * codes), then 3, 1, 1, 0, 0. By hand:
 *   run 5–6: 3 + 1 = 4 new → 4/37 = 10.8%  (above 5%)
 *   run 6–7: 1 + 1 = 2 new → 2/37 = 5.4%   (above 5%)
 *   run 7–8: 1 + 0 = 1 new → 1/37 = 2.7%   (≤ 5%: saturation at interview 8)
 */
const STUDY: InterviewCodes[] = [
  { interviewId: 'P01', codeIds: codes(1, 20) },
  { interviewId: 'P02', codeIds: [...codes(1, 5), ...codes(21, 29)] },
  { interviewId: 'P03', codeIds: ['c2', 'c22', ...codes(30, 34)] },
  { interviewId: 'P04', codeIds: [...codes(35, 37), 'c1'] },
  { interviewId: 'P05', codeIds: [...codes(38, 40), 'c3'] },
  { interviewId: 'P06', codeIds: ['c41', 'c38'] },
  { interviewId: 'P07', codeIds: ['c42', 'c5'] },
  { interviewId: 'P08', codeIds: ['c1', 'c41'] },
  { interviewId: 'P09', codeIds: ['c2'] },
];

describe('newCodesPerInterview', () => {
  it('lists the codes each interview adds and the running number of distinct codes', () => {
    const rows = newCodesPerInterview(STUDY);
    expect(rows.map((row) => row.newCodes.length)).toEqual([20, 9, 5, 3, 3, 1, 1, 0, 0]);
    expect(rows.map((row) => row.cumulativeCodes)).toEqual([20, 29, 34, 37, 40, 41, 42, 42, 42]);
    expect(rows[5]).toEqual({ interviewId: 'P06', newCodes: ['c41'], cumulativeCodes: 41 });
  });

  it('counts a code used twice in one interview once', () => {
    expect(newCodesPerInterview([{ interviewId: 'a', codeIds: ['x', 'x', 'y'] }])[0]?.newCodes).toEqual(['x', 'y']);
  });

  it('refuses an interview listed twice', () => {
    const twice = () => newCodesPerInterview([{ interviewId: 'a', codeIds: [] }, { interviewId: 'a', codeIds: [] }]);
    expect(twice).toThrow(CodingInputError);
    expect(twice).toThrow(/Interview "a" appears twice/);
  });
});

describe('assessSaturation', () => {
  it('finds saturation at interview 8 in the worked example (base 4 + run 2, ≤5%)', () => {
    const result = assessSaturation(STUDY);
    expect(result.runs.map((run) => [run.firstInterview, run.lastInterview, run.newCodes.length])).toEqual([
      [5, 6, 4], [6, 7, 2], [7, 8, 1], [8, 9, 0],
    ]);
    expect(result.runs[0]?.newInformationPercent).toBeCloseTo(10.81, 2);
    expect(result.runs.map((run) => run.withinThreshold)).toEqual([false, false, true, true]);
    expect(result.saturated).toBe(true);
    expect(result.saturationAt).toEqual({ interviewNumber: 8, interviewId: 'P08' });
    expect(result.verdict).toBe(
      'Saturation reached at interview 8 (base 4 + run 2, 3% new information ≤ 5%): interviews 7–8 added 1 code not seen ' +
        'before, against 37 codes in the base (interviews 1–4).',
    );
  });

  it('needs a run without any new code when the threshold is 0%', () => {
    const result = assessSaturation(STUDY, { thresholdPercent: 0 });
    expect(result.saturationAt).toEqual({ interviewNumber: 9, interviewId: 'P09' });
    expect(result.verdict).toMatch(/^Saturation reached at interview 9 \(base 4 \+ run 2, 0% new information ≤ 0%\)/);
  });

  it('says in plain words why saturation is not reached yet and what would show it', () => {
    const result = assessSaturation(STUDY.slice(0, 7));
    expect(result.saturated).toBe(false);
    expect(result.interviewsStillNeeded).toBe(1);
    // 2/37 = 5.4%: shown with a decimal, because "5%" would read as within the threshold.
    expect(result.verdict).toBe(
      'Not yet saturated: the latest run (interviews 6–7) added 2 codes not seen before, 5.4% of the 37 codes in the base ' +
        '(interviews 1–4), above the ≤5% threshold. Saturation needs a run of 2 interviews that adds at most 1 code; ' +
        'code at least 1 more interview and check again.',
    );
  });

  it('asks for more interviews when there are too few for a base and one run', () => {
    const result = assessSaturation(STUDY.slice(0, 3));
    expect(result.runs).toEqual([]);
    expect(result.interviewsStillNeeded).toBe(3);
    expect(result.verdict).toBe(
      'Not yet: this check needs a base of 4 interviews and a run of 2 more, so at least 6 interviews; 3 are coded so far. Code 3 more.',
    );
  });

  it('reports a base without codes instead of dividing by zero', () => {
    const empty = Array.from({ length: 6 }, (_, i) => ({ interviewId: `e${i}`, codeIds: [] }));
    const result = assessSaturation(empty);
    expect(result.saturated).toBe(false);
    expect(result.runs[0]?.newInformationPercent).toBeNull();
    expect(result.verdict).toMatch(/the base \(interviews 1–4\) has no codes, so there is nothing to compare/);
  });

  it('with a rolling base compares each run with the interviews just before it', () => {
    // By hand: run 6–7 against interviews 2–5 (25 codes): 2/25 = 8%; run 7–8 against 3–6 (16 codes): 1/16 = 6.25%;
    // run 8–9 against 4–7 (11 codes): 0% → saturation at interview 9.
    const result = assessSaturation(STUDY, { rollingBase: true });
    expect(result.runs.map((run) => [run.baseFirstInterview, run.baseLastInterview, run.baseCodes])).toEqual([
      [1, 4, 37], [2, 5, 25], [3, 6, 16], [4, 7, 11],
    ]);
    expect(result.runs[2]?.newInformationPercent).toBeCloseTo(6.25, 10);
    expect(result.saturationAt?.interviewNumber).toBe(9);
    expect(result.verdict).toMatch(/against 11 codes in the 4 interviews before it \(interviews 4–7\)\.$/);
  });

  it('shows a threshold computed from a fraction without floating-point noise', () => {
    expect(assessSaturation(STUDY, { thresholdPercent: 0.07 * 100 }).verdict).toMatch(/≤ 7%\)/);
  });

  it('supports other base sizes and run lengths', () => {
    const result = assessSaturation(STUDY, { baseSize: 6, runLength: 3 });
    // Base 1–6: 41 codes; run 7–9 adds 1 → 2.4%.
    expect(result.runs).toHaveLength(1);
    expect(result.saturationAt?.interviewNumber).toBe(9);
    expect(result.verdict).toMatch(/\(base 6 \+ run 3, 2% new information ≤ 5%\)/);
  });

  it('rejects options that are not whole numbers of interviews or percentages', () => {
    expect(() => assessSaturation(STUDY, { baseSize: 0 })).toThrow(/baseSize must be a whole number of interviews/);
    expect(() => assessSaturation(STUDY, { runLength: 1.5 })).toThrow(CodingInputError);
    expect(() => assessSaturation(STUDY, { thresholdPercent: 120 })).toThrow(/percentage from 0 to 100/);
  });
});

const interviewsArbitrary = fc
  .array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), { maxLength: 14 })
  .map((lists) => lists.map((list, i) => ({ interviewId: `i${i}`, codeIds: list.map((n) => `k${n}`) })));

describe('saturation properties', () => {
  it('the running total grows by each interview’s new codes and ends at the number of distinct codes', () => {
    fc.assert(
      fc.property(interviewsArbitrary, (interviews) => {
        const rows = newCodesPerInterview(interviews);
        let total = 0;
        rows.forEach((row, i) => {
          total += row.newCodes.length;
          expect(row.cumulativeCodes).toBe(total);
          const earlier = new Set(interviews.slice(0, i).flatMap((interview) => interview.codeIds));
          expect(row.newCodes.some((code) => earlier.has(code))).toBe(false);
        });
        expect(total).toBe(new Set(interviews.flatMap((interview) => interview.codeIds)).size);
      }),
    );
  });

  it('a higher threshold never puts saturation later', () => {
    fc.assert(
      fc.property(interviewsArbitrary, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (interviews, a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const strict = assessSaturation(interviews, { thresholdPercent: low }).saturationAt?.interviewNumber ?? Infinity;
        const lenient = assessSaturation(interviews, { thresholdPercent: high }).saturationAt?.interviewNumber ?? Infinity;
        expect(lenient).toBeLessThanOrEqual(strict);
      }),
    );
  });

  it('when not saturated, that many more interviews without new codes do reach saturation', () => {
    fc.assert(
      fc.property(interviewsArbitrary, (interviews) => {
        const result = assessSaturation(interviews);
        fc.pre(!result.saturated && result.runs.some((run) => run.baseCodes > 0));
        const extra = Array.from({ length: result.interviewsStillNeeded }, (_, i) => ({ interviewId: `more${i}`, codeIds: [] }));
        expect(assessSaturation([...interviews, ...extra]).saturated).toBe(true);
        if (result.interviewsStillNeeded > 1) {
          expect(assessSaturation([...interviews, ...extra.slice(1)]).saturated).toBe(false);
        }
      }),
    );
  });
});
