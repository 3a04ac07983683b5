import { DomainError } from '../../common/domain-error';
/** Why a transcript file could not be read. */
export type TranscriptImportErrorReason =
  | 'UNSUPPORTED_FILE_TYPE'
  | 'INVALID_ENCODING'
  | 'NOT_A_DOCX'
  | 'MISSING_DOCUMENT_XML'
  | 'UNSAFE_FILE'
  | 'EMPTY_TRANSCRIPT'
  | 'TOO_LARGE';

/**
 * A transcript file was refused. `code` matches the application's INVALID_INPUT code, `reason` says which check
 * failed, and the message names the file and says what to do.
 */
export class TranscriptImportError extends DomainError<TranscriptImportErrorReason> {}
