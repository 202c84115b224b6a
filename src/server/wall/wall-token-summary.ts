import { ZTvPlaylist, type TTvPlaylist, type TWallTokenSummary } from '@/schemas/wall';

export const wallTokenSummarySelection = {
  id: true,
  name: true,
  scope: true,
  officeId: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  playlist: true,
  office: { select: { name: true } },
} as const;

/** A stored playlist, or null when there is none or it no longer reads as one. */
export function readPlaylist(value: unknown): TTvPlaylist | null {
  if (value === null || value === undefined) return null;
  const parsed = ZTvPlaylist.safeParse(value);
  return parsed.success ? parsed.data : null;
}

type WallTokenRow = {
  id: string;
  name: string;
  scope: 'OFFICE' | 'COMPANY';
  officeId: string | null;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  playlist: unknown;
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
    playlist: readPlaylist(row.playlist),
  };
}
