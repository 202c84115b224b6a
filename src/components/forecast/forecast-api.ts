import { z } from 'zod';
import { apiPath, request } from '@/lib/api-client';
import { ZBacktestResult, ZForecastSettings, ZHiringPlan, ZPlannedHire, ZRevenueForecast, type TPlannedHireInput } from '@/schemas/forecast';

// The browser's side of the forecast API, each reply parsed with the contract's schema.

export function loadForecast(months: number) {
  return request('GET', `/api/forecast?months=${months}`, { reply: ZRevenueForecast });
}

export function loadHiringPlan() {
  return request('GET', '/api/forecast/hiring-plan', { reply: ZHiringPlan });
}

export function addPlannedHire(input: Partial<TPlannedHireInput>) {
  return request('POST', '/api/forecast/hiring-plan', { reply: z.object({ hire: ZPlannedHire }), body: input });
}

export function changePlannedHire(hireId: string, input: Partial<TPlannedHireInput>) {
  return request('PATCH', apiPath('/api/forecast/hiring-plan', hireId), { reply: z.object({ hire: ZPlannedHire }), body: input });
}

export function removePlannedHire(hireId: string) {
  return request('DELETE', apiPath('/api/forecast/hiring-plan', hireId), { reply: z.object({ id: z.string() }) });
}

export function loadBacktest() {
  return request('GET', '/api/forecast/backtest?runs=500', { reply: ZBacktestResult });
}

export function requestSaveForecastRun(months: number) {
  return request('POST', '/api/forecast/runs', { reply: z.object({ id: z.string(), asOf: z.string() }), body: { months } });
}

export function loadForecastSettings() {
  return request('GET', '/api/forecast/settings', { reply: z.object({ settings: ZForecastSettings }) });
}

export function saveRampOverride(rampOverride: number[] | null) {
  return request('PUT', '/api/forecast/settings', { reply: z.object({ settings: ZForecastSettings }), body: { rampOverride } });
}
