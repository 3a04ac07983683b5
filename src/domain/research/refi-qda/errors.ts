import { DomainError } from '../../common/domain-error';
/** Why a REFI-QDA file could not be read. */
export type QdaImportErrorReason =
  | 'FILE_TOO_LARGE'
  | 'NOT_A_ZIP'
  | 'UNSAFE_ZIP'
  | 'MISSING_PROJECT_FILE'
  | 'FORBIDDEN_DTD'
  | 'MALFORMED_XML'
  | 'WRONG_ROOT'
  | 'MISSING_ELEMENT'
  | 'MISSING_ATTRIBUTE'
  | 'INVALID_VALUE'
  | 'DUPLICATE_ID'
  | 'DANGLING_REFERENCE'
  | 'SELECTION_OUT_OF_RANGE'
  | 'MISSING_SOURCE_TEXT'
  | 'INVALID_TEXT_ENCODING';

/** Why a project or codebook could not be written as valid REFI-QDA. */
export type QdaExportErrorReason =
  | 'EMPTY_CODEBOOK'
  | 'INVALID_VALUE'
  | 'DUPLICATE_ID'
  | 'DANGLING_REFERENCE'
  | 'SELECTION_OUT_OF_RANGE'
  | 'UNREPRESENTABLE_CHARACTER';

/**
 * A `.qdc` or `.qdpx` file was refused. `code` matches the application's INVALID_INPUT code, `reason` says which
 * check failed and the message says what was wrong and what to do.
 */
export class QdaImportError extends DomainError<QdaImportErrorReason> {}

/** The project (or codebook) cannot be exported as it is; the message names the element at fault. */
export class QdaExportError extends DomainError<QdaExportErrorReason> {}
