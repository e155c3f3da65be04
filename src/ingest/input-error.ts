// The error an input we refuse raises: its code is one a user can search for (BINARY, ...).
import type { ProblemCode } from '../codes.js';

/** An input we refuse, with a code a user can search for (BINARY, ...). */
export class InputError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
