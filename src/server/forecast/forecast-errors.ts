import { ForecastError } from '@/domain/forecast/forecast-error';
import { AppError } from '@/server/errors';

/** The forecast core's refusals as the server's one error type (422 with the reason). */
export function forecastRefusalToAppError(error: unknown): unknown {
  if (error instanceof ForecastError) return new AppError('UNPROCESSABLE', error.message, { rule: error.code });
  return error;
}
