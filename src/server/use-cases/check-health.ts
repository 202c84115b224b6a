import type { PrismaClient } from '@/generated/prisma/client';
import { prisma as defaultPrisma } from '@/server/db';
import { describeDatabaseError } from '@/server/describe-database-error';

export type HealthReport =
  | { status: 'ok'; db: 'ok' }
  | { status: 'unavailable'; db: 'unreachable'; reason: string };

const timeoutMs = 3_000;

/** Asks the database for one row, within a few seconds. */
export async function checkHealth(options: { prisma?: PrismaClient } = {}): Promise<HealthReport> {
  const client = options.prisma ?? defaultPrisma;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    return { status: 'ok', db: 'ok' };
  } catch (error) {
    return { status: 'unavailable', db: 'unreachable', reason: `The database did not answer: ${describeDatabaseError(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
