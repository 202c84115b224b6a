import type { Metadata } from 'next';
import { BoardPage, type BoardRouteProps } from '../../board-page';

export const metadata: Metadata = { title: 'Team board' };

export default async function TeamBoardPage({ params, searchParams }: BoardRouteProps<{ teamId: string }>) {
  const { teamId } = await params;
  return <BoardPage scope={{ kind: 'team', teamId }} path={`/board/team/${encodeURIComponent(teamId)}`} searchParams={searchParams} />;
}
