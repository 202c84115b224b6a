import { handleErrors } from '@/server/http';
import { receiveWebhook } from '@/server/use-cases/receive-webhook';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ connectionId: string }> };

// POST /api/integrations/:connectionId/webhook — a CRM posts deal changes (verified, queued, answered at once).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const { connectionId } = await context.params;
  const answer = await receiveWebhook({ connectionId, request });
  const headers: Record<string, string> = { 'content-type': answer.contentType, 'cache-control': 'no-store' };
  if (answer.retryAfterSeconds !== undefined) headers['retry-after'] = String(answer.retryAfterSeconds);
  return new Response(answer.body, { status: answer.status, headers });
});
