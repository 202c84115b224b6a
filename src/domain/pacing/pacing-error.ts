import { DomainError, type DomainErrorCode } from '@/domain/domain-error';

// Pacing refuses with the domain's one error (src/domain/domain-error.ts), in the
// `pacing` area. Pacing only fails on inputs that no user action on the board can fix (a
// missing exchange rate, a goal in the wrong currency, a calendar with impossible
// business hours), so the server shows the message to an administrator as is: every
// message names the record or setting to correct.

export type PacingErrorCode = DomainErrorCode<'pacing'>;

/** A DomainError of pacing. */
export class PacingError extends DomainError<'pacing'> {
  constructor(code: PacingErrorCode, message: string) {
    super('pacing', code, message);
  }
}

