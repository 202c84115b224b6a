import { errorStatus, type ErrorCode } from '@/schemas/api-error';

// One error type for the whole server, with a code that maps to one HTTP status and
// one user-facing message shape (see http.ts). The codes and the error body's schema are
// shared with the browser and the OpenAPI document (src/schemas/api-error.ts).

export { errorStatus, type ErrorCode };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Throws 403 with the reason a domain permission rule gave, when it refused (null allows). */
export function assertAllowed(refusal: string | null): void {
  if (refusal !== null) throw new AppError('FORBIDDEN', refusal);
}
