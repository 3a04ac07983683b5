import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementData } from './agreement-data';
import { agreementDataFromMatrix } from './agreement-data';
import { AgreementInputError } from './agreement-error';
import { KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX } from './agreement-fixtures';
import type { AgreementOptions } from './compute-agreement';
import { AGREEMENT_METRICS, computeAgreement } from './compute-agreement';

const reliabilityData = (): AgreementData => agreementDataFromMatrix(KRIPPENDORFF_2011_CODERS, KRIPPENDORFF_2011_MATRIX);

/** Every metric with every variant it has. */
const ALL_VARIANTS: AgreementOptions[] = [
  { metric: 'percent' },
  { metric: 'holsti' },
  { metric: 'cohen', weights: 'none' },
  { metric: 'cohen', weights: 'linear' },
  { metric: 'cohen', weights: 'quadratic' },
  { metric: 'fleiss' },
  { metric: 'brennan-prediger' },
  { metric: 'krippendorff', level: 'nominal' },
  { metric: 'krippendorff', level: 'ordinal' },
  { metric: 'krippendorff', level: 'interval' },
  { metric: 'krippendorff', level: 'ratio' },
  { metric: 'prl' },
];

/** The value, or the reason the statistic could not be computed. */
function outcome(data: AgreementData, options: AgreementOptions): number | null | string {
  try {
    return computeAgreement(data, options).value;
  } catch (error) {
    if (error instanceof AgreementInputError) return error.reason;
    throw error;
  }
}

describe('computeAgreement', () => {
  it('dispatches to every metric and reports the value, units used, coders and categories', () => {
    const data = reliabilityData();
    const expected: Record<string, { value: number; n: number }> = {
      percent: { value: 9 / 11, n: 11 },
      'brennan-prediger': { value: 0.77273, n: 11 },
      fleiss: { value: 0.6415, n: 8 },
      krippendorff: { value: 0.7434, n: 11 },
    };
    for (const [metric, { value, n }] of Object.entries(expected)) {
      const result = computeAgreement(data, { metric: metric as AgreementOptions['metric'] });
      expect(result.metric).toBe(metric);
      expect(result.value).toBeCloseTo(value, 4);
      expect(result.n).toBe(n);
      expect(result.coders).toBe(4);
      expect(result.k).toBe(5);
    }
  });

  it('returns the alpha of each measurement level and echoes the level', () => {
    const data = reliabilityData();
    const alphas = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 } as const;
    for (const [level, alpha] of Object.entries(alphas)) {
      const result = computeAgreement(data, { metric: 'krippendorff', level: level as keyof typeof alphas });
      expect(result.value).toBeCloseTo(alpha, 3);
      expect(result.level).toBe(level);
      expect(result.weights).toBeUndefined();
    }
  });

  it('defaults to nominal alpha and unweighted kappa, and echoes the weights used', () => {
    const data = reliabilityData();
    expect(computeAgreement(data, { metric: 'krippendorff' }).level).toBe('nominal');
    const kappa = computeAgreement(data, { metric: 'cohen' });
    expect(kappa.weights).toBe('none');
    expect(kappa.details?.method).toBe('pairwise-mean');
  });

  it('reports PRL as a pairwise mean for more than two judges and flags the 0.70 cut-off', () => {
    const result = computeAgreement(reliabilityData(), { metric: 'prl' });
    expect(result.details?.method).toBe('pairwise-mean');
    expect(result.details?.meetsThreshold).toBe(true);
    expect(result.details?.threshold).toBe(0.7);
  });

  it('says how many units Fleiss’ kappa dropped for missing ratings', () => {
    expect(computeAgreement(reliabilityData(), { metric: 'fleiss' }).details?.droppedUnits).toBe(4);
  });

  it('passes k to Brennan–Prediger and PRL and the category order to the coding', () => {
    const data = reliabilityData();
    expect(computeAgreement(data, { metric: 'brennan-prediger', k: 10 }).k).toBe(10);
    expect(computeAgreement(data, { metric: 'prl', k: 10 }).k).toBe(10);
    expect(computeAgreement(data, { metric: 'percent', categories: ['1', '2', '3', '4', '5', '6'] }).k).toBe(6);
  });

  it('rejects an unknown metric, weights or level with the choices in the message', () => {
    const data = reliabilityData();
    expect(() => computeAgreement(data, { metric: 'scott' as never })).toThrow(/Unknown metric "scott"; choose one of percent, holsti/);
    expect(() => computeAgreement(data, { metric: 'cohen', weights: 'cubic' as never })).toThrow(/Unknown weights/);
    expect(() => computeAgreement(data, { metric: 'krippendorff', level: 'circular' as never })).toThrow(/Unknown level/);
  });

  it('lists the seven metrics of the workbench', () => {
    expect(AGREEMENT_METRICS).toEqual(['percent', 'holsti', 'cohen', 'fleiss', 'brennan-prediger', 'krippendorff', 'prl']);
  });
});

// ---------------------------------------------------------------------------------------------- properties

const LABELS = ['1', '2', '3', '5'];

/** Reliability data with 2–5 coders, numeric labels and missing codes; unit 1 is always coded by coders 1 and 2. */
const reliabilityDataArbitrary = fc.integer({ min: 2, max: 5 }).chain((coderCount) =>
  fc
    .array(fc.array(fc.option(fc.constantFrom(...LABELS), { freq: 4 }), { minLength: coderCount, maxLength: coderCount }), {
      minLength: 1,
      maxLength: 25,
    })
    .map((units): AgreementData => {
      const first = units[0] as Array<string | null>;
      first[0] ??= '1';
      first[1] ??= '2';
      return { coders: Array.from({ length: coderCount }, (_, index) => `coder ${index + 1}`), units };
    }),
);

/** Data in which coders never disagree: each codes a unit's true label or leaves it out. */
const perfectDataArbitrary = (missing: boolean) =>
  fc.integer({ min: 2, max: 5 }).chain((coderCount) =>
    fc
      .array(
        fc.tuple(fc.constantFrom(...LABELS), fc.array(fc.boolean(), { minLength: coderCount, maxLength: coderCount })),
        { minLength: 2, maxLength: 25 },
      )
      .map(([...units]): AgreementData => ({
        coders: Array.from({ length: coderCount }, (_, index) => `coder ${index + 1}`),
        units: units.map(([truth, coded], unitIndex) =>
          coded.map((isCoded, coder) => (!missing || isCoded || unitIndex === 0 || coder === 0 ? truth : null)),
        ),
      })),
  );

function reorderCoders(data: AgreementData, order: number[]): AgreementData {
  return {
    coders: order.map((coder) => data.coders[coder] as string),
    units: data.units.map((unit) => order.map((coder) => unit[coder] ?? null)),
  };
}

describe('agreement statistics, for any reliability data', () => {
  it('do not depend on the order in which coders are listed', () => {
    fc.assert(
      fc.property(
        reliabilityDataArbitrary.chain((data) =>
          fc.tuple(fc.constant(data), fc.shuffledSubarray(data.coders.map((_, index) => index), { minLength: data.coders.length })),
        ),
        ([data, order]) => {
          const reordered = reorderCoders(data, order);
          for (const options of ALL_VARIANTS) {
            const before = outcome(data, options);
            const after = outcome(reordered, options);
            if (typeof before === 'number') expect(after).toBeCloseTo(before, 10);
            else expect(after).toBe(before);
          }
        },
      ),
    );
  });

  it('stay within their bounds', () => {
    fc.assert(
      fc.property(reliabilityDataArbitrary, (data) => {
        for (const options of ALL_VARIANTS) {
          let result;
          try {
            result = computeAgreement(data, options);
          } catch (error) {
            expect((error as AgreementInputError).reason).toBe('NO_COMPLETE_UNITS');
            continue;
          }
          if (result.value === null) continue;
          const epsilon = 1e-12;
          expect(result.value).toBeLessThanOrEqual(1 + epsilon);
          if (['percent', 'holsti', 'prl'].includes(options.metric)) expect(result.value).toBeGreaterThanOrEqual(-epsilon);
          if (options.metric === 'cohen') expect(result.value).toBeGreaterThanOrEqual(-1 - epsilon);
          if (options.metric === 'brennan-prediger') expect(result.value).toBeGreaterThanOrEqual(-1 / ((result.k as number) - 1) - epsilon);
        }
      }),
    );
  });

  it('equal 1 under perfect agreement with missing codes wherever they are defined (Holsti aside)', () => {
    // Holsti's N1 and N2 count each coder's own decisions, so a code one coder left out lowers CR by definition.
    fc.assert(
      fc.property(perfectDataArbitrary(true), (data) => {
        for (const options of ALL_VARIANTS.filter((variant) => variant.metric !== 'holsti')) {
          const value = outcome(data, options);
          if (typeof value === 'number') expect(value).toBeCloseTo(1, 12);
          else if (options.metric === 'fleiss' && value === 'NO_COMPLETE_UNITS') continue;
          else expect(value).toBeNull();
        }
      }),
    );
  });

  it('equal 1 under perfect, complete agreement on at least two categories', () => {
    fc.assert(
      fc.property(perfectDataArbitrary(false), (data) => {
        fc.pre(new Set(data.units.map((unit) => unit[0])).size >= 2);
        for (const options of ALL_VARIANTS) expect(outcome(data, options)).toBeCloseTo(1, 12);
      }),
    );
  });
});
