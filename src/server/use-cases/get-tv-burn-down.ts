import { AppError } from '@/server/errors';
import type { TBurnDown } from '@/schemas/wall';
import { resolveWallToken } from '@/server/wall/wall-token';
import { getBurnDown } from './get-burn-down';

/** The burn-down a TV link's playlist shows at position `slide`; nothing the playlist does not name. */
export async function getTvBurnDown(options: { token: string; slide: string | null; now?: Date }): Promise<TBurnDown> {
  if (!options.slide || !/^\d{1,2}$/.test(options.slide)) throw new AppError('BAD_REQUEST', 'slide must be the position of a screen in the playlist, e.g. 2.');
  const wall = await resolveWallToken(options.token);
  if (!wall) throw new AppError('NOT_FOUND', 'This wallboard link is not valid or has been revoked.');
  const slide = wall.playlist?.slides[Number(options.slide)];
  if (!slide || slide.kind !== 'burn-down') throw new AppError('NOT_FOUND', 'This link’s playlist has no burn-down at that position.');
  const scope = slide.scope.kind === 'company' ? { kind: 'company' as const, id: 'company' } : { kind: slide.scope.kind, id: slide.scope.id };
  return getBurnDown({ scope, now: options.now });
}
