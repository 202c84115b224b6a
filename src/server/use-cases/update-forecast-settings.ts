import { Prisma } from '@/generated/prisma/client';
import { DEFAULT_RAMP } from '@/domain/forecast/ramp';
import { refusalToSetRamp } from '@/domain/forecast/permissions';
import { ZForecastSettingsInput, type TForecastSettings } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { writeAuditEntry } from '@/server/admin/audit';

/**
 * Sets (or, with null, clears) the organisation-wide ramp curve that the forecast uses
 * instead of the one learned from the hires in the history. Admins only; audited.
 */
export async function updateForecastSettings(options: { actor: SessionUser; input: unknown }): Promise<TForecastSettings> {
  const refusal = refusalToSetRamp(options.actor);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const input = ZForecastSettingsInput.parse(options.input);
  const rampOverride = input.rampOverride ?? Prisma.DbNull;
  await prisma.$transaction(async (tx) => {
    const before = await tx.forecastSettings.findUnique({ where: { id: 'forecast' }, select: { rampOverride: true } });
    await tx.forecastSettings.upsert({ where: { id: 'forecast' }, create: { id: 'forecast', rampOverride }, update: { rampOverride } });
    await writeAuditEntry(tx, {
      actorId: options.actor.id,
      action: 'forecast-settings.update',
      objectType: 'ForecastSettings',
      objectId: 'forecast',
      before: { rampOverride: before?.rampOverride ?? null },
      after: { rampOverride: input.rampOverride },
    });
  });
  return { rampOverride: input.rampOverride, defaultRamp: [...DEFAULT_RAMP], canEdit: true };
}
