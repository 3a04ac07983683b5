import { DomainError } from '../common/domain-error';
/** Why a set of ratings (or the options for a statistic) cannot be used. */
export type AgreementErrorReason =
  | 'TOO_FEW_CODERS'
  | 'MISSING_CODER_NAME'
  | 'DUPLICATE_CODER'
  | 'RAGGED_ROWS'
  | 'NO_UNITS'
  | 'NO_PAIRABLE_UNITS'
  | 'INVALID_LABEL'
  | 'DUPLICATE_CATEGORY'
  | 'UNKNOWN_CATEGORY'
  | 'NON_NUMERIC_LABEL'
  | 'NEGATIVE_RATIO_VALUE'
  | 'NO_COMPLETE_UNITS'
  | 'INVALID_COUNTS'
  | 'INVALID_K'
  | 'INVALID_OPTION'
  | 'UNKNOWN_METRIC';

/**
 * The one error the agreement statistics throw. `code` matches the application's INVALID_INPUT code, `reason` says
 * which check failed, and the message says what was wrong and what to do about it.
 */
export class AgreementInputError extends DomainError<AgreementErrorReason> {}
