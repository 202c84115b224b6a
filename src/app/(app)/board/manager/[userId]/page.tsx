import type { Metadata } from 'next';
import { BoardPage, type BoardSearchParameters } from '../../board-page';

export const metadata: Metadata = { title: "Manager's board" };

export default async function ManagerBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: BoardSearchParameters;
}) {
  const { userId } = await params;
  return (
    <BoardPage scope={{ kind: 'manager', userId }} path={`/board/manager/${encodeURIComponent(userId)}`} searchParams={searchParams} />
  );
}
