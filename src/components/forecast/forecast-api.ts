import { z } from 'zod';
import { apiPath, request } from '@/components/admin/admin-api';
import { ZBacktestResult, ZHiringPlan, ZPlannedHire, ZRevenueForecast, type TPlannedHireInput } from '@/schemas/forecast';

// The browser's side of the forecast API, each reply parsed with the contract's schema.

export function loadForecast(months: number) {
  return request('GET', `/api/forecast?months=${months}`, ZRevenueForecast);
}

export function loadHiringPlan() {
  return request('GET', '/api/forecast/hiring-plan', ZHiringPlan);
}

export function addPlannedHire(input: Partial<TPlannedHireInput>) {
  return request('POST', '/api/forecast/hiring-plan', z.object({ hire: ZPlannedHire }), input);
}

export function changePlannedHire(hireId: string, input: Partial<TPlannedHireInput>) {
  return request('PATCH', apiPath('/api/forecast/hiring-plan', hireId), z.object({ hire: ZPlannedHire }), input);
}

export function removePlannedHire(hireId: string) {
  return request('DELETE', apiPath('/api/forecast/hiring-plan', hireId), z.object({ id: z.string() }));
}

export function loadBacktest() {
  return request('GET', '/api/forecast/backtest?runs=500', ZBacktestResult);
}

export function saveForecastRun(months: number) {
  return request('POST', '/api/forecast/runs', z.object({ id: z.string(), asOf: z.string() }), { months });
}
