// The one error the board's domain rules throw. Its code says which rule was broken;
// the server maps each code to an HTTP status and the message goes to the user as is,
// so every message is a whole sentence a rep can act on.

export const boardRuleErrorCodes = ['INVALID_PLACEMENT', 'INVALID_TRANSITION', 'FORBIDDEN', 'INVALID_CLOSE'] as const;

export type BoardRuleErrorCode = (typeof boardRuleErrorCodes)[number];

export class BoardRuleError extends Error {
  readonly code: BoardRuleErrorCode;

  constructor(code: BoardRuleErrorCode, message: string) {
    super(message);
    this.name = 'BoardRuleError';
    this.code = code;
  }
}

export function isBoardRuleError(error: unknown): error is BoardRuleError {
  return error instanceof BoardRuleError;
}
