import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { resolveWallToken } from '@/server/wall/wall-token';
import { getWallSnapshot, wallTimeZone } from '@/server/use-cases/get-wall-snapshot';
import { TvView } from '@/components/wall/tv-view';
import { wallDetailFor } from '@/domain/tv/playlist';

export const dynamic = 'force-dynamic';

// The link is the only credential: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: 'Wallboard',
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
};

export const viewport: Viewport = { colorScheme: 'dark', themeColor: '#0b1120' };

type Parameters = Promise<{ token: string }>;
type SearchParameters = Promise<Record<string, string | string[] | undefined>>;

// GET /tv/:token — a read-only wallboard for an office TV; the link decides the scope,
// and its playlist (if any) the screens it rotates through (docs/decisions/021).
// `?celebrate=off` turns the celebrations off on screens where they would distract.
export default async function TvPage({ params, searchParams }: { params: Parameters; searchParams: SearchParameters }) {
  const { token } = await params;
  const wall = await resolveWallToken(token);
  // Before anything streams, so an unknown or revoked link answers 404.
  if (!wall) notFound();
  const [snapshot, timeZone] = await Promise.all([
    getWallSnapshot({ scope: wall.scope, detail: wallDetailFor(wall.playlist?.slides) }),
    wallTimeZone(wall.scope),
  ]);
  const { celebrate } = await searchParams;
  return <TvView token={token} initialSnapshot={snapshot} isCelebrationOn={celebrate !== 'off'} timeZone={timeZone} playlist={wall.playlist} />;
}
