import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { hashPassword } from '@/server/auth/password';
import { ZSetupInput } from '@/schemas/admin';
import { adminTransactionOptions, writeAuditEntries } from '@/server/admin/audit';
import { findPerson, personSnapshot } from '@/server/admin/summaries';
import type { TPerson } from '@/schemas/admin';

// Serialises concurrent first-run requests: the second waits, then finds a user.
const setupLock = 72_400_101;

const alreadySetUp = 'Cadence is already set up; sign in instead.';

/**
 * First run on an empty database: creates the organisation and its first admin, with
 * the password they chose. Allowed only while there are no users at all.
 */
export async function setUpOrganization(options: { input: unknown; now?: Date }): Promise<{
  organization: { id: string; name: string; reportingCurrency: string };
  user: TPerson;
}> {
  const input = ZSetupInput.parse(options.input);
  if ((await prisma.user.count()) > 0) throw new AppError('CONFLICT', alreadySetUp);
  const passwordHash = await hashPassword(input.adminPassword);
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${setupLock}::bigint)`;
    if ((await tx.user.count()) > 0) throw new AppError('CONFLICT', alreadySetUp);
    const existing = await tx.organization.findFirst({ orderBy: { createdAt: 'asc' } });
    const organization = existing
      ? await tx.organization.update({
          where: { id: existing.id },
          data: { name: input.organizationName, reportingCurrency: input.reportingCurrency, isDemo: false },
        })
      : await tx.organization.create({
          data: { name: input.organizationName, reportingCurrency: input.reportingCurrency, isDemo: false },
        });
    const admin = await tx.user.create({
      data: {
        name: input.adminName,
        email: input.adminEmail,
        passwordHash,
        role: 'ADMIN',
        teamId: null,
        startDate: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`),
      },
      select: { id: true },
    });
    const user = await findPerson(tx, admin.id);
    const summary = { id: organization.id, name: organization.name, reportingCurrency: organization.reportingCurrency };
    await writeAuditEntries(tx, [
      { actorId: admin.id, action: 'organization.create', objectType: 'Organization', objectId: organization.id, after: summary },
      { actorId: admin.id, action: 'user.create', objectType: 'User', objectId: admin.id, after: personSnapshot(user) },
    ]);
    return { organization: summary, user };
  }, adminTransactionOptions);
}
