import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { getMyDay } from '@/server/use-cases/get-my-day';
import { MyDayView } from '@/components/signals/my-day-view';

export const metadata: Metadata = { title: 'My day' };

// GET /my-day — the signed-in rep's deals that need them today, most urgent first.
export default async function MyDayPage() {
  const actor = await requireSessionUser('/my-day');
  const myDay = await getMyDay({ actor });
  return <MyDayView myDay={myDay} boardHref={`/board/rep/${encodeURIComponent(actor.id)}`} />;
}
