// Coded errors that carry the offending value, so a user can search for the code.
export class SanadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SanadError';
  }
}
