import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

// Every session cookie carries the session generation its user had when it was issued;
// every request compares it with the user's current one (src/server/auth/session-user.ts).
// Raising the generation ends all of the user's sessions at once.

type Client = Pick<Prisma.TransactionClient, 'user'>;

/** Ends every session of a user (sign-out, password change or reset, "sign out everywhere"). */
export async function endSessions(userId: string, client: Client = prisma): Promise<void> {
  await client.user.updateMany({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } } });
}
