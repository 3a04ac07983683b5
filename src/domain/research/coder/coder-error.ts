/** The one error the text coder throws: its options cannot make a coder. `code` matches the application's INVALID_INPUT. */
export class CoderInputError extends Error {
  readonly code = 'INVALID_INPUT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'CoderInputError';
  }
}
