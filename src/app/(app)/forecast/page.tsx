import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { refusalToRunBacktest, refusalToSetRamp } from '@/domain/forecast/permissions';
import { ForecastView } from '@/components/forecast/forecast-view';

export const metadata: Metadata = { title: 'Forecast' };

// GET /forecast — the revenue simulation months ahead, with the hiring plan and the backtest.
export default async function ForecastPage() {
  const user = await requireSessionUser('/forecast');
  const requested = (await headers()).get('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
  const locale = (requested && Intl.NumberFormat.supportedLocalesOf(requested)[0]) || 'en-US';
  return (
    <div className="sprint-page">
      <h1 className="page-title">Forecast</h1>
      <p className="page-subtitle">Revenue expected in the coming months, simulated from each rep’s own history, their ramp-up, the open pipeline and the hiring plan.</p>
      <ForecastView canBacktest={refusalToRunBacktest(user) === null} canSetRamp={refusalToSetRamp(user) === null} locale={locale} />
    </div>
  );
}
