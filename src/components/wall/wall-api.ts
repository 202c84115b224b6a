import { ZBurnDown, type TBurnDown, type TWallBar } from '@/schemas/wall';

// The few JSON calls the wall's client components make, with the server's error
// messages passed through (they are written for people).

import { readErrorMessage } from '@/components/read-error-message';

export { readErrorMessage };

export function burnDownPath(bar: Pick<TWallBar, 'kind' | 'id'>, month: string): string {
  return `/wall/burn-down/${bar.kind}/${encodeURIComponent(bar.id)}?month=${encodeURIComponent(month)}`;
}

export async function fetchBurnDown(bar: Pick<TWallBar, 'kind' | 'id'>, month: string, signal?: AbortSignal): Promise<TBurnDown> {
  const parameters = new URLSearchParams({ kind: bar.kind, id: bar.id, month });
  let response: Response;
  try {
    response = await fetch(`/api/wall/burn-down?${parameters}`, { signal, cache: 'no-store' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error('Cadence could not be reached. Check the connection and try again.');
  }
  if (!response.ok) throw new Error(await readErrorMessage(response));
  return ZBurnDown.parse(((await response.json()) as { burnDown: unknown }).burnDown);
}
