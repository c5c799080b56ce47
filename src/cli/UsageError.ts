/**
 * Bad input from the user (arguments, files): the CLI prints the message on stderr and
 * exits with code 2. Messages say what happened and what to do.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
