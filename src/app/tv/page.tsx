import type { Metadata, Viewport } from 'next';
import { TvPairingScreen } from '@/components/wall/tv-pairing-screen';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Pair this screen', robots: { index: false, follow: false, nocache: true }, referrer: 'no-referrer' };

export const viewport: Viewport = { colorScheme: 'dark', themeColor: '#0b1120' };

// GET /tv — the short address a TV opens to be paired: it shows a 6-digit code to type into Cadence (docs/decisions/021).
export default function TvPairingPage() {
  return <TvPairingScreen />;
}
