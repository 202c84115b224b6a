import { prisma } from '@/server/db';
import type { TSetupStatus } from '@/schemas/admin';

/** Whether this installation still needs its first admin (no user exists at all). */
export async function getSetupStatus(): Promise<TSetupStatus> {
  return { needed: (await prisma.user.count()) === 0 };
}
