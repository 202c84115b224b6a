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
  ledTeamIds: string[] | null;
  managedTeamIds: string[] | null;
};

/**
 * The columns of a session user read from `"User" u`, with the teams they lead and
 * manage, in one statement: every authenticated request starts with this read.
 */
export const sessionUserColumns = Prisma.sql`
  u."id", u."name", u."email", u."role"::text AS "role", u."teamId", u."active",
  ARRAY(SELECT t."id" FROM "Team" t WHERE t."leadId" = u."id" ORDER BY t."id") AS "ledTeamIds",
  ARRAY(SELECT t."id" FROM "Team" t WHERE t."managerId" = u."id" ORDER BY t."id") AS "managedTeamIds"`;

/** A row selected with `sessionUserColumns` as a session user, or null when deactivated. */
export function toSessionUser(row: SessionUserRow): SessionUser | null {
  if (!row.active) return null;
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

/** The current state of a user, or null when they no longer exist or are deactivated. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const [row] = await prisma.$queryRaw<SessionUserRow[]>`SELECT ${sessionUserColumns} FROM "User" u WHERE u."id" = ${userId}`;
  return row ? toSessionUser(row) : null;
}
