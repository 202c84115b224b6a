// The one error type of the forecast core; the server maps its codes to HTTP statuses.

export type ForecastErrorCode = 'INVALID_INPUT' | 'MISSING_EXCHANGE_RATE';

export class ForecastError extends Error {
  readonly code: ForecastErrorCode;

  constructor(code: ForecastErrorCode, message: string) {
    super(message);
    this.name = 'ForecastError';
    this.code = code;
  }
}
