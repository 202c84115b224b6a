import type { Metadata } from 'next';
import { BoardPage, type BoardRouteProps } from '../../board-page';

export const metadata: Metadata = { title: "Rep's deals" };

export default async function RepBoardPage({ params, searchParams }: BoardRouteProps<{ userId: string }>) {
  const { userId } = await params;
  return <BoardPage scope={{ kind: 'rep', userId }} path={`/board/rep/${encodeURIComponent(userId)}`} searchParams={searchParams} />;
}
