import { DomainError } from '../../common/domain-error';

/** The one error the text coder throws: its options cannot make a coder. */
export class CoderInputError extends DomainError<'INVALID_CODES'> {
  constructor(message: string) {
    super('INVALID_CODES', message);
  }
}
