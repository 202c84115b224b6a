import type { Metadata } from 'next';
import { BoardPage, type BoardSearchParameters } from '../../board-page';

export const metadata: Metadata = { title: "Rep's deals" };

export default async function RepBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: BoardSearchParameters;
}) {
  const { userId } = await params;
  return <BoardPage scope={{ kind: 'rep', userId }} path={`/board/rep/${encodeURIComponent(userId)}`} searchParams={searchParams} />;
}
