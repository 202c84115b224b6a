import type { Role } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';

/** Who is making a request: what every use case receives as its actor. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
};

const sessionUserFields = { id: true, name: true, email: true, role: true, teamId: true, active: true } as const;

/** The current state of a user, or null when they no longer exist or are deactivated. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: sessionUserFields });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId };
}
