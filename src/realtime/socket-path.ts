/** Where socket.io listens. Its own module, free of zod, for the browser's live connections. */
export const socketPath = '/socket.io';

/**
 * How browsers and TVs connect (docs/decisions/024): a WebSocket first, which any
 * instance behind a proxy can hold on its own, and long-polling only when a WebSocket
 * cannot be opened at all. socket.io's default starts with long-polling, whose requests
 * must all reach the same instance, which needs sticky sessions at the proxy.
 */
export function browserTransports(): { transports: ('websocket' | 'polling')[]; tryAllTransports: boolean; timeout: number } {
  // A WebSocket that a proxy accepts but never carries would otherwise leave the page
  // "Connecting…" for socket.io's default 20 s before it says it is offline and retries.
  return { transports: ['websocket', 'polling'], tryAllTransports: true, timeout: 5_000 };
}
