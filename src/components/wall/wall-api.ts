import { z } from 'zod';
import { request } from '@/lib/api-client';
import { ZBurnDown, type TBurnDown, type TWallBar } from '@/schemas/wall';

// The wall's JSON calls, through the one API client (its errors carry the server's
// messages, which are written for people).

export function burnDownPath(bar: Pick<TWallBar, 'kind' | 'id'>, month: string): string {
  return `/wall/burn-down/${bar.kind}/${encodeURIComponent(bar.id)}?month=${encodeURIComponent(month)}`;
}

const ZBurnDownReply = z.object({ burnDown: ZBurnDown });

export async function fetchBurnDown(bar: Pick<TWallBar, 'kind' | 'id'>, month: string, signal?: AbortSignal): Promise<TBurnDown> {
  const parameters = new URLSearchParams({ kind: bar.kind, id: bar.id, month });
  const reply = await request('GET', `/api/wall/burn-down?${parameters}`, { reply: ZBurnDownReply, signal });
  return reply.burnDown;
}
