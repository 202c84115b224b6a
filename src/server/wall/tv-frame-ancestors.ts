import { prisma } from '@/server/db';

/**
 * The origins allowed to frame the TV pages, for the custom server's answer to a
 * /tv/… request. When the database cannot answer, nobody may frame the page.
 */
export async function loadTvFrameAncestors(): Promise<string[]> {
  try {
    const organization = await prisma.organization.findFirst({ select: { tvFrameAncestors: true }, orderBy: { createdAt: 'asc' } });
    return organization?.tvFrameAncestors ?? [];
  } catch {
    return [];
  }
}
