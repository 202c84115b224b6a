import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TDealChange } from '@/schemas/deal';
import { announce, subscribeToServerEvents } from './events';

const change = { sequence: 7, teamId: 'team-1', previousTeamId: null } as unknown as TDealChange;
const unsubscribers: (() => void)[] = [];
const subscribe = (...args: Parameters<typeof subscribeToServerEvents>) => {
  const unsubscribe = subscribeToServerEvents(...args);
  unsubscribers.push(unsubscribe);
  return unsubscribe;
};

afterEach(() => {
  for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

describe('server events', () => {
  it('reach every subscriber of that event, in the order they subscribed', () => {
    const heard: string[] = [];
    subscribe({ dealChanged: (payload) => heard.push(`boards ${payload.sequence}`) });
    subscribe({ wallsInvalidated: () => heard.push('walls invalidated') });
    subscribe({ dealChanged: (payload) => heard.push(`walls ${payload.sequence}`) });

    announce('dealChanged', change);
    announce('wallsInvalidated', {});
    announce('credentialsRevoked', { userId: 'user-1', reason: 'deactivated' });

    expect(heard).toEqual(['boards 7', 'walls 7', 'walls invalidated']);
  });

  it('stop reaching a subscriber once it unsubscribes', () => {
    const heard = vi.fn();
    const unsubscribe = subscribe({ wallTokenRevoked: heard });
    announce('wallTokenRevoked', { tokenId: 'token-1' });
    unsubscribe();
    announce('wallTokenRevoked', { tokenId: 'token-2' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith({ tokenId: 'token-1' });
  });

  it('are shared by every copy of the module (the Next.js bundles and the custom server)', async () => {
    const heard = vi.fn();
    subscribe({ credentialsRevoked: heard });
    vi.resetModules();
    const otherCopy = await import('./events');
    otherCopy.announce('credentialsRevoked', { userId: 'user-1', reason: 'api-token-revoked', tokenId: 'token-1' });
    expect(heard).toHaveBeenCalledWith({ userId: 'user-1', reason: 'api-token-revoked', tokenId: 'token-1' });
  });

  it('report a failing subscriber and still reach the others: what was announced has happened', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const heard = vi.fn();
    subscribe({
      dealChanged: () => {
        throw new Error('socket gone');
      },
    });
    subscribe({ dealChanged: heard });
    expect(() => announce('dealChanged', change)).not.toThrow();
    expect(heard).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalledWith('server events: a dealChanged subscriber failed', expect.any(Error));
  });
});
