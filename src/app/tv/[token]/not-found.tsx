import type { Metadata } from 'next';
import { TvMessage } from '@/components/wall/tv-view';

export const metadata: Metadata = { title: 'Wallboard link not valid', robots: { index: false, follow: false } };

export default function TvNotFound() {
  return (
    <TvMessage
      title="This wallboard link is not valid or has been revoked"
      message="Check the address, or ask an admin or a team lead for a new link: TV links, in Cadence’s menu."
    />
  );
}
