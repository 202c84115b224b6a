import type { AdminActor } from '@/domain/admin/permissions';
import type { TPerson } from '@/schemas/admin';
import type { TDealChange } from '@/schemas/deal';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma, type TransactionClient } from '@/server/db';
import { adminTransactionOptions } from './audit';
import { loadAdminActor } from './authorize';
import { announceDealChanges } from './reassign-deals';
import { findPerson } from './summaries';

/** What a change to a person returns, and the deals it handed over (announced after the commit). */
export type PersonChange<Result> = { result: Result; dealChanges: readonly TDealChange[] };

/**
 * How an administrator changes a person (an edit, a deactivation): the person (404 when
 * missing) and the acting administrator are read inside the change's own transaction,
 * and the deals the change handed over are announced once it has committed.
 */
export async function changePerson<Result>(
  options: { actor: SessionUser; userId: string },
  change: (tx: TransactionClient, loaded: { before: TPerson; actor: AdminActor }) => Promise<PersonChange<Result>>,
): Promise<Result> {
  const { result, dealChanges } = await prisma.$transaction(async (tx) => {
    const before = await findPerson(tx, options.userId);
    const actor = await loadAdminActor(options.actor, tx);
    return change(tx, { before, actor });
  }, adminTransactionOptions);
  announceDealChanges(dealChanges);
  return result;
}
