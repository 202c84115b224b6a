import { DomainError, type DomainErrorCode } from '@/domain/domain-error';

// The board's rules refuse with the domain's one error (src/domain/domain-error.ts), in
// the `board` area. Its code says which rule was broken; the message goes to the user as
// is, so every message is a whole sentence a rep can act on.

export type BoardRuleErrorCode = DomainErrorCode<'board'>;

/** A DomainError of the board's rules. */
export class BoardRuleError extends DomainError<'board'> {
  constructor(code: BoardRuleErrorCode, message: string) {
    super('board', code, message);
  }
}

