import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getHomeOverview } from '@/server/use-cases/get-home-overview';
import { HomeView } from '../home-view';

export const metadata: Metadata = { title: 'Home' };

export default async function HomePage() {
  const actor = await requireSessionUser('/');
  const overview = await getHomeOverview({ actor });
  return <HomeView firstName={actor.name.split(' ')[0] ?? actor.name} overview={overview} />;
}
