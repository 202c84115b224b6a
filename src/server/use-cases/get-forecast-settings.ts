import { DEFAULT_RAMP } from '@/domain/forecast/ramp';
import { refusalToSetRamp } from '@/domain/forecast/permissions';
import type { TForecastSettings } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';

/** The organisation's ramp curve override (null: learned from the history), for everyone signed in. */
export async function getForecastSettings(options: { actor: SessionUser }): Promise<TForecastSettings> {
  const row = await prisma.forecastSettings.findUnique({ where: { id: 'forecast' }, select: { rampOverride: true } });
  return {
    rampOverride: Array.isArray(row?.rampOverride) ? (row.rampOverride as number[]) : null,
    defaultRamp: [...DEFAULT_RAMP],
    canEdit: refusalToSetRamp(options.actor) === null,
  };
}
