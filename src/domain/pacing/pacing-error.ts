// The one error the pacing module throws. Pacing only fails on inputs that no user action
// on the board can fix (a missing exchange rate, a goal in the wrong currency, a calendar
// with impossible business hours), so the server shows the message to an administrator
// as is: every message names the record or setting to correct.

export const pacingErrorCodes = ['MISSING_EXCHANGE_RATE', 'INVALID_INPUT'] as const;

export type PacingErrorCode = (typeof pacingErrorCodes)[number];

export class PacingError extends Error {
  readonly code: PacingErrorCode;

  constructor(code: PacingErrorCode, message: string) {
    super(message);
    this.name = 'PacingError';
    this.code = code;
  }
}

export function isPacingError(error: unknown): error is PacingError {
  return error instanceof PacingError;
}
