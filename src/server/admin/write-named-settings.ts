import { prisma, type TransactionClient } from '@/server/db';
import { AppError } from '@/server/errors';
import { adminTransactionOptions } from './audit';
import { refreshWallFigures } from './refresh-walls';
import { isUniqueViolation } from './summaries';

/**
 * How an office or a team is added or changed: the write and its AuditEntry in one
 * transaction, the walls refreshed after the commit (their figures follow offices and
 * teams), and a clash on the record's unique name answered 409 with `nameTaken`.
 */
export async function writeNamedSettings<T>(write: (tx: TransactionClient) => Promise<T>, nameTaken: string): Promise<T> {
  try {
    const written = await prisma.$transaction(write, adminTransactionOptions);
    refreshWallFigures();
    return written;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', nameTaken);
    throw error;
  }
}
