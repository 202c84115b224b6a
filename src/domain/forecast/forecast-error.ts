import { DomainError, type DomainErrorCode } from '@/domain/domain-error';

// The forecast core refuses with the domain's one error (src/domain/domain-error.ts), in
// the `forecast` area; the server maps its codes to HTTP statuses in src/server/http.ts.

export type ForecastErrorCode = DomainErrorCode<'forecast'>;

/** A DomainError of the forecast. */
export class ForecastError extends DomainError<'forecast'> {
  constructor(code: ForecastErrorCode, message: string) {
    super('forecast', code, message);
  }
}
