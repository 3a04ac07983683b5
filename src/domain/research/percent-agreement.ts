import { AgreementInputError } from './agreement-error';
import type { CodedRatings } from './coded-ratings';
import { MISSING_CODE } from './coded-ratings';

export interface PercentAgreementResult {
  /** Mean pairwise agreement, a proportion in [0, 1] (multiply by 100 for a percentage). */
  value: number;
  /** Units with at least two codes (the units used). */
  n: number;
  /** Units with fewer than two codes, which carry no pair to compare. */
  droppedUnits: number;
}

/**
 * Percent agreement as the mean over units of the share of agreeing coder pairs:
 *
 *   P_o = (1/n') Σ_u [ Σ_c m_uc (m_uc − 1) ] / [ m_u (m_u − 1) ]
 *
 * where m_u is the number of codes unit u received, m_uc how many of them are category c, and the mean runs over
 * the n' units with m_u ≥ 2. With two coders this is simply (units coded alike) / (units both coded); with complete
 * data it is Fleiss's (1971) P̄. Source: Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters",
 * Psychological Bulletin 76(5), 378–382, eq. 2–3; Gwet, K. L. (2014), Handbook of Inter-Rater Reliability, 4th ed.,
 * ch. 2 (percent agreement p_a with missing ratings).
 */
export function percentAgreement(ratings: CodedRatings): PercentAgreementResult {
  const { sum, units } = sumUnitAgreement(ratings);
  if (units === 0) {
    throw new AgreementInputError(
      'NO_PAIRABLE_UNITS',
      'No unit was coded by two or more coders, so agreement cannot be computed.',
    );
  }
  return { value: sum / units, n: units, droppedUnits: ratings.unitCount - units };
}

/**
 * Σ over units with ≥ 2 codes of the share of agreeing pairs in the unit, and how many such units there are.
 * Shared with Brennan–Prediger, whose observed agreement is the same quantity.
 */
export function sumUnitAgreement(ratings: CodedRatings): { sum: number; units: number } {
  const { codes, coderCount, unitCount } = ratings;
  let sum = 0;
  let units = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    const start = unit * coderCount;
    let coded = 0;
    let agreeingPairs = 0;
    for (let first = start; first < start + coderCount; first++) {
      const code = codes[first] as number;
      if (code === MISSING_CODE) continue;
      coded++;
      for (let second = first + 1; second < start + coderCount; second++) {
        if (codes[second] === code) agreeingPairs++;
      }
    }
    if (coded < 2) continue;
    sum += agreeingPairs / ((coded * (coded - 1)) / 2);
    units++;
  }
  return { sum, units };
}
