import type { Metadata } from 'next';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { listApiTokens } from '@/server/use-cases/list-api-tokens';
import { ApiTokensView } from './api-tokens-view';

export const metadata: Metadata = { title: 'API tokens' };

export default async function ApiTokensPage() {
  const actor = await requireSessionUser('/settings/tokens');
  const tokens = await listApiTokens({ actor });
  return <ApiTokensView initialTokens={tokens} />;
}
