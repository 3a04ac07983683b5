import type { AgreementData } from './agreement-data';
import { AgreementInputError } from './agreement-error';
import { brennanPredigerKappa } from './brennan-prediger';
import { codeRatings } from './coded-ratings';
import type { KappaWeights } from './cohen-kappa';
import { KAPPA_WEIGHTS, cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { holstiCoefficient } from './holsti';
import type { MeasurementLevel } from './krippendorff-alpha';
import { MEASUREMENT_LEVELS, krippendorffAlpha } from './krippendorff-alpha';
import { percentAgreement } from './percent-agreement';
import { proportionalReductionInLoss } from './proportional-reduction-in-loss';

export const AGREEMENT_METRICS = [
  'percent',
  'holsti',
  'cohen',
  'fleiss',
  'brennan-prediger',
  'krippendorff',
  'prl',
] as const;
export type AgreementMetric = (typeof AGREEMENT_METRICS)[number];

export interface AgreementOptions {
  metric: AgreementMetric;
  /** Krippendorff only; default nominal. */
  level?: MeasurementLevel;
  /** Cohen only; default none. */
  weights?: KappaWeights;
  /** Category order (and the full category set); default: the labels used, in natural order. */
  categories?: readonly string[];
  /** Brennan–Prediger and PRL only: number of categories available; default: the number of categories. */
  k?: number;
  /** PRL only: cut-off for meetsThreshold; default 0.70. */
  threshold?: number;
}

export type AgreementDetail =
  | number
  | string
  | boolean
  | null
  | readonly AgreementDetail[]
  | { readonly [key: string]: AgreementDetail };

export interface AgreementResult {
  metric: AgreementMetric;
  /** The statistic; null when it is undefined for these data (e.g. kappa when every code is the same). */
  value: number | null;
  /** Units the statistic used. */
  n: number;
  /** Number of coders in the data. */
  coders: number;
  /** Number of categories the statistic used. */
  k?: number;
  level?: MeasurementLevel;
  weights?: KappaWeights;
  /** Metric-specific figures: how missing data were treated, pairwise values, observed and expected agreement. */
  details?: { readonly [key: string]: AgreementDetail };
}

/**
 * Computes one agreement statistic. Options that do not apply to the chosen metric are ignored. Throws
 * AgreementInputError (code INVALID_INPUT) for unusable data or options.
 */
export function computeAgreement(data: AgreementData, options: AgreementOptions): AgreementResult {
  const { metric } = options;
  if (!(AGREEMENT_METRICS as readonly string[]).includes(metric)) {
    throw new AgreementInputError(
      'UNKNOWN_METRIC',
      `Unknown metric "${String(metric)}"; choose one of ${AGREEMENT_METRICS.join(', ')}.`,
    );
  }
  const ratings = codeRatings(data, options.categories);
  const coders = ratings.coderCount;
  const k = ratings.categories.length;

  switch (metric) {
    case 'percent': {
      const { value, n, droppedUnits } = percentAgreement(ratings);
      return { metric, value, n, coders, k, details: { droppedUnits } };
    }
    case 'holsti': {
      const { value, n, ...details } = holstiCoefficient(ratings);
      return { metric, value, n, coders, k, details };
    }
    case 'cohen': {
      const weights = options.weights ?? 'none';
      if (!(KAPPA_WEIGHTS as readonly string[]).includes(weights)) {
        throw new AgreementInputError(
          'INVALID_OPTION',
          `Unknown weights "${weights}"; choose one of ${KAPPA_WEIGHTS.join(', ')}.`,
        );
      }
      const { value, n, method, observedAgreement, expectedAgreement, droppedUnits, pairs } = cohenKappa(ratings, weights);
      const details = compact({ method, observedAgreement, expectedAgreement, droppedUnits, pairs });
      return { metric, value, n, coders, k, weights, details };
    }
    case 'fleiss': {
      const { value, n, ...details } = fleissKappa(ratings);
      return { metric, value, n, coders, k, details };
    }
    case 'brennan-prediger': {
      const { value, n, k: categoryCount, ...details } = brennanPredigerKappa(ratings, { k: options.k });
      return { metric, value, n, coders, k: categoryCount, details };
    }
    case 'krippendorff': {
      const level = options.level ?? 'nominal';
      if (!(MEASUREMENT_LEVELS as readonly string[]).includes(level)) {
        throw new AgreementInputError(
          'INVALID_OPTION',
          `Unknown level "${level}"; choose one of ${MEASUREMENT_LEVELS.join(', ')}.`,
        );
      }
      const alpha = krippendorffAlpha(ratings, level);
      const details = {
        pairableValues: alpha.pairableValues,
        observedDisagreement: alpha.observedDisagreement,
        expectedDisagreement: alpha.expectedDisagreement,
        droppedUnits: alpha.droppedUnits,
      };
      return { metric, value: alpha.value, n: alpha.n, coders, k, level, details };
    }
    case 'prl': {
      const { value, n, k: categoryCount, ...details } = proportionalReductionInLoss(ratings, {
        k: options.k,
        threshold: options.threshold,
      });
      return { metric, value, n, coders, k: categoryCount, details };
    }
  }
}

/** Drops entries whose value is undefined, so details carry only the figures that apply. */
function compact(entries: { readonly [key: string]: AgreementDetail | undefined }): { [key: string]: AgreementDetail } {
  const result: { [key: string]: AgreementDetail } = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) result[key] = value;
  return result;
}
