// The one error the pure domain throws. `area` says which part of the domain refused
// (the board's rules, pacing, the forecast) and `code` which rule; the message is a whole
// sentence for the user or administrator, naming what to correct. src/server/http.ts
// turns it into an HTTP answer (a refused role is 403, anything else 422) in one place.

export const domainErrorCodes = {
  board: ['INVALID_PLACEMENT', 'INVALID_TRANSITION', 'FORBIDDEN', 'INVALID_CLOSE'],
  pacing: ['MISSING_EXCHANGE_RATE', 'INVALID_INPUT'],
  forecast: ['INVALID_INPUT', 'MISSING_EXCHANGE_RATE'],
} as const;

export type DomainArea = keyof typeof domainErrorCodes;
export type DomainErrorCode<Area extends DomainArea = DomainArea> = (typeof domainErrorCodes)[Area][number];

/** Each area's errors keep their own name in logs and stack traces. */
const errorNames: Record<DomainArea, string> = { board: 'BoardRuleError', pacing: 'PacingError', forecast: 'ForecastError' };

export class DomainError<Area extends DomainArea = DomainArea> extends Error {
  readonly area: Area;
  readonly code: DomainErrorCode<Area>;

  constructor(area: Area, code: DomainErrorCode<Area>, message: string) {
    super(message);
    this.name = errorNames[area];
    this.area = area;
    this.code = code;
  }
}

/** Whether `error` is a DomainError (of `area`, when given). */
export function isDomainError<Area extends DomainArea>(error: unknown, area?: Area): error is DomainError<Area> {
  return error instanceof DomainError && (area === undefined || error.area === area);
}
