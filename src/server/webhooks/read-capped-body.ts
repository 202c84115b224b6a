import { maxWebhookBodyBytes } from '@/domain/webhooks/normalized-event';

export type CappedBody = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The request's body as UTF-8 text, read no further than the cap: a declared length over
 * it is refused before reading, a stream that runs over it is cut off.
 */
export async function readCappedBody(request: Request, cap = maxWebhookBodyBytes): Promise<CappedBody> {
  const tooLarge = { ok: false as const, reason: `The body is larger than ${Math.round(cap / 1024)} KB.` };
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > cap) return tooLarge;
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  return { ok: true, text };
}
