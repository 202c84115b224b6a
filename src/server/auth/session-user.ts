import { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';

/**
 * Who is making a request: what every use case receives as its actor. It carries the
 * teams the user leads and manages, so it is also the actor the board's and the admin
 * area's permission rules take (`BoardActor`).
 */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  ledTeamIds: string[];
  managedTeamIds: string[];
};

type SessionUserRow = Omit<SessionUser, 'ledTeamIds' | 'managedTeamIds'> & {
  active: boolean;
  sessionGeneration: number;
  ledTeamIds: string[] | null;
  managedTeamIds: string[] | null;
};

/**
 * The columns of a session user read from `"User" u`, with the teams they lead and
 * manage, in one statement: every authenticated request starts with this read.
 */
export const sessionUserColumns = Prisma.sql`
  u."id", u."name", u."email", u."role"::text AS "role", u."teamId", u."active", u."sessionGeneration",
  ARRAY(SELECT t."id" FROM "Team" t WHERE t."leadId" = u."id" ORDER BY t."id") AS "ledTeamIds",
  ARRAY(SELECT t."id" FROM "Team" t WHERE t."managerId" = u."id" ORDER BY t."id") AS "managedTeamIds"`;

/**
 * A row selected with `sessionUserColumns` as a session user, or null when deactivated
 * or, for a session cookie, when the session's generation has been ended since.
 */
export function toSessionUser(row: SessionUserRow, sessionGeneration?: number): SessionUser | null {
  if (!row.active) return null;
  if (sessionGeneration !== undefined && Number(row.sessionGeneration) !== sessionGeneration) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    teamId: row.teamId,
    ledTeamIds: row.ledTeamIds ?? [],
    managedTeamIds: row.managedTeamIds ?? [],
  };
}

/**
 * The current state of a user, or null when they no longer exist or are deactivated;
 * with a session's generation, also null when that session has been ended.
 */
export async function loadSessionUser(userId: string, sessionGeneration?: number): Promise<SessionUser | null> {
  const [row] = await prisma.$queryRaw<SessionUserRow[]>`SELECT ${sessionUserColumns} FROM "User" u WHERE u."id" = ${userId}`;
  return row ? toSessionUser(row, sessionGeneration) : null;
}
