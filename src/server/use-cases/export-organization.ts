import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';

/**
 * The whole organisation as one JSON document, for backup (admins): every table's rows
 * except secrets (password hashes and token hashes are left out).
 */
export async function exportOrganization(options: { actor: SessionUser; now?: Date }): Promise<Record<string, unknown>> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'imports'));
  const [organization, offices, holidays, teams, users, deals, dealEvents, goals, rates, sprints, forecasts, commitments, standups, blockers, retroNotes, actionItems, importRuns, externalRecords, sourceMappings] = await Promise.all([
    prisma.organization.findMany(),
    prisma.office.findMany(),
    prisma.holiday.findMany(),
    prisma.team.findMany(),
    prisma.user.findMany({ omit: { passwordHash: true } }),
    prisma.deal.findMany(),
    prisma.dealEvent.findMany({ orderBy: { sequence: 'asc' } }),
    prisma.monthlyGoal.findMany(),
    prisma.exchangeRate.findMany(),
    prisma.sprint.findMany(),
    prisma.forecast.findMany(),
    prisma.commitment.findMany(),
    prisma.standup.findMany(),
    prisma.blocker.findMany(),
    prisma.retroNote.findMany(),
    prisma.actionItem.findMany(),
    prisma.importRun.findMany({ omit: { problems: true } }),
    prisma.externalRecord.findMany(),
    prisma.sourceMapping.findMany(),
  ]);
  return {
    format: 'cadence-backup',
    version: 1,
    exportedAt: (options.now ?? new Date()).toISOString(),
    organization: organization[0] ?? null,
    offices, holidays, teams, users, deals, dealEvents, goals, exchangeRates: rates, sprints, forecasts, commitments, standups, blockers, retroNotes, actionItems, importRuns, externalRecords, sourceMappings,
  };
}
