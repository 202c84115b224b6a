import { prisma } from '@/server/db';
import { hashPassword, verifyPassword } from './password';
import type { SessionUser } from './session-user';
import { ZCredentials } from '@/schemas/credentials';


// Compared against when the email is unknown, so that a wrong email and a wrong
// password take the same time.
let decoyHash: Promise<string> | undefined;

/** Who signs in with a correct email and password; null otherwise. */
export async function verifyCredentials(
  input: unknown,
): Promise<(Omit<SessionUser, 'ledTeamIds' | 'managedTeamIds'> & { sessionGeneration: number }) | null> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !user.passwordHash || !user.active) {
    decoyHash ??= hashPassword('decoy password');
    await verifyPassword(password, await decoyHash);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, teamId: user.teamId, sessionGeneration: user.sessionGeneration };
}
