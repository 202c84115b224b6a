import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateGoalsInput, type TGoalChange, type TGoalUpdateResult } from '@/schemas/admin';
import { refusalToEditAnyGoals, refusalToEditGoals } from '@/domain/admin/permissions';
import { monthKey, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntries, type AuditRecord } from '@/server/admin/audit';
import { isUniqueViolation } from '@/server/admin/summaries';
import { refreshWallFigures } from '@/server/admin/refresh-walls';

type TeamFacts = { currency: string; currentMonth: string };

/**
 * Sets, changes or clears monthly goals. A goal keeps the team it was recorded against;
 * a new one goes to the person's current team. Changing a month before the current one
 * (in the office's zone) needs confirmPastMonths, else 409 naming those months. Every
 * change is audited with who made it, in the transaction that makes it.
 */
export async function updateGoals(options: { actor: SessionUser; input: unknown; now?: Date }): Promise<TGoalUpdateResult> {
  const input = ZUpdateGoalsInput.parse(options.input);
  const now = options.now ?? new Date();
  // The last change to a cell wins when one request repeats it.
  const changes = [...new Map(input.changes.map((change): [string, TGoalChange] => [`${change.userId}|${change.month}`, change])).values()];
  try {
    const result = await prisma.$transaction(async (tx) => {
      const actor = await loadAdminActor(options.actor, tx);
      assertAllowed(refusalToEditAnyGoals(actor));
      const userIds = [...new Set(changes.map((change) => change.userId))];
      const users = new Map(
        (await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, teamId: true } })).map((user) => [user.id, user]),
      );
      const existing = new Map(
        (
          await tx.monthlyGoal.findMany({
            where: { OR: changes.map((change) => ({ userId: change.userId, month: parseMonthKey(change.month)! })) },
          })
        ).map((goal) => [`${goal.userId}|${monthKey(goal.month)}`, goal]),
      );
      const teamFacts = new Map<string, TeamFacts>();
      const factsOf = async (teamId: string): Promise<TeamFacts> => {
        let facts = teamFacts.get(teamId);
        if (!facts) {
          const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { office: { select: { currency: true, timeZone: true } } } });
          facts = { currency: team.office.currency, currentMonth: monthKey(monthStartInZone(now, team.office.timeZone)) };
          teamFacts.set(teamId, facts);
        }
        return facts;
      };

      const planned = [];
      const pastMonths = new Set<string>();
      for (const change of changes) {
        const user = users.get(change.userId);
        if (!user) throw new AppError('UNPROCESSABLE', 'One of the people in the changes does not exist.', { userId: change.userId });
        const goal = existing.get(`${change.userId}|${change.month}`) ?? null;
        const teamId = goal?.teamId ?? user.teamId;
        if (!teamId) throw new AppError('UNPROCESSABLE', `${user.name} has no team; put them in a team before setting goals.`, { userId: user.id });
        assertAllowed(refusalToEditGoals(actor, teamId));
        const facts = await factsOf(teamId);
        const isPast = change.month < facts.currentMonth;
        if (goal === null && change.amountMinor === null) continue;
        if (goal !== null && goal.amountMinor === change.amountMinor) continue;
        if (isPast) pastMonths.add(change.month);
        planned.push({ change, goal, teamId, currency: facts.currency, isPast });
      }
      const past = [...pastMonths].sort();
      if (past.length > 0 && !input.confirmPastMonths) {
        throw new AppError('CONFLICT', `Changing goals of past months (${past.join(', ')}) needs your confirmation.`, { pastMonths: past });
      }

      const audit: AuditRecord[] = [];
      for (const { change, goal, teamId, currency, isPast } of planned) {
        const describe = (row: { id: string; userId: string; teamId: string; month: Date; amountMinor: number; currency: string }) => ({
          userId: row.userId,
          teamId: row.teamId,
          month: monthKey(row.month),
          amountMinor: row.amountMinor,
          currency: row.currency,
        });
        const confirmation = isPast ? { pastMonthConfirmed: true } : {};
        if (change.amountMinor === null) {
          await tx.monthlyGoal.delete({ where: { id: goal!.id } });
          audit.push({ actorId: actor.id, action: 'goal.delete', objectType: 'MonthlyGoal', objectId: goal!.id, before: describe(goal!), after: confirmation.pastMonthConfirmed ? confirmation : null });
        } else if (goal) {
          const updated = await tx.monthlyGoal.update({ where: { id: goal.id }, data: { amountMinor: change.amountMinor, currency } });
          audit.push({ actorId: actor.id, action: 'goal.update', objectType: 'MonthlyGoal', objectId: goal.id, before: describe(goal), after: { ...describe(updated), ...confirmation } });
        } else {
          const created = await tx.monthlyGoal.create({
            data: { userId: change.userId, teamId, month: parseMonthKey(change.month)!, amountMinor: change.amountMinor, currency },
          });
          audit.push({ actorId: actor.id, action: 'goal.create', objectType: 'MonthlyGoal', objectId: created.id, after: { ...describe(created), ...confirmation } });
        }
      }
      await writeAuditEntries(tx, audit);
      return { updated: planned.length, pastMonths: past };
    }, adminTransactionOptions);
    if (result.updated > 0) refreshWallFigures();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'Someone else changed these goals at the same time; reload and try again.');
    throw error;
  }
}
