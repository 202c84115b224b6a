import type { TWallTokenSummary } from '@/schemas/wall';

export const wallTokenSummarySelection = {
  id: true,
  name: true,
  scope: true,
  officeId: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  office: { select: { name: true } },
} as const;

type WallTokenRow = {
  id: string;
  name: string;
  scope: 'OFFICE' | 'COMPANY';
  officeId: string | null;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  office: { name: string } | null;
};

export function toWallTokenSummary(row: WallTokenRow): TWallTokenSummary {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    officeId: row.officeId,
    officeName: row.office?.name ?? null,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
