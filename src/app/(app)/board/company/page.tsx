import type { Metadata } from 'next';
import { BoardPage, type BoardSearchParameters } from '../board-page';

export const metadata: Metadata = { title: 'Company board' };

export default async function CompanyBoardPage({ searchParams }: { searchParams: BoardSearchParameters }) {
  return <BoardPage scope={{ kind: 'company' }} path="/board/company" searchParams={searchParams} />;
}
