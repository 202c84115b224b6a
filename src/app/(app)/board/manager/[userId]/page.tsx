import type { Metadata } from 'next';
import { BoardPage, type BoardRouteProps } from '../../board-page';

export const metadata: Metadata = { title: "Manager's board" };

export default async function ManagerBoardPage({ params, searchParams }: BoardRouteProps<{ userId: string }>) {
  const { userId } = await params;
  return (
    <BoardPage scope={{ kind: 'manager', userId }} path={`/board/manager/${encodeURIComponent(userId)}`} searchParams={searchParams} />
  );
}
