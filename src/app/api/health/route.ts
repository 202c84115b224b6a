import { checkHealth } from '@/server/use-cases/check-health';

export const dynamic = 'force-dynamic';

// GET /api/health — 200 when the database answers, 503 with a reason when it does not.
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
