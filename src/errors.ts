// Coded errors that carry the offending value, so a user can search for the code (src/codes.ts).
import type { ErrorCode } from './codes.js';
export class SanadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SanadError';
  }
}
