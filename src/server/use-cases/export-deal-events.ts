import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { cadenceEventColumns } from '@/domain/import/presets';
import { formatMinor, toCsv } from '@/domain/import/export-rows';
import { teamFilter } from '@/server/export/readable-teams';

type Card = { stage?: string; outcome?: string | null; amountMinor?: number; currency?: string };

/** Every deal event (the history) of the teams the user may see, in sequence order. */
export async function exportDealEvents(options: { actor: SessionUser }): Promise<string> {
  const events = await prisma.dealEvent.findMany({ where: teamFilter(options.actor), orderBy: { sequence: 'asc' }, include: { actor: { select: { name: true } } } });
  return toCsv(cadenceEventColumns, events.map((event) => {
    const after = (event.after ?? {}) as Card;
    return [
      event.sequence, event.dealId, event.type, event.occurredAt.toISOString(), after.stage ?? '', after.outcome ?? '',
      after.amountMinor === undefined || !after.currency ? '' : formatMinor(after.amountMinor, after.currency), after.currency ?? '', event.actor?.name ?? '', event.imported,
    ];
  }));
}
