import { credentialKey, listValidCredentials } from '@/server/auth/authenticate-request';
import type { RealtimeServer } from './registry';

// Sockets end with their credentials. Twice a second each instance checks the
// credentials its own sockets rest on (one read for the sessions, one for the API
// tokens, however many sockets) and disconnects those that no longer hold: the user was
// deactivated, signed out, changed their password, had it reset or signed out
// everywhere, or the token was revoked. The database is what every instance shares, so
// this holds on every instance without a message between them. TV links end through
// their own room (wall-connections.ts).

export const credentialSweepIntervalMs = 500;

export function startCredentialSweep(io: RealtimeServer, intervalMs = credentialSweepIntervalMs): { stop: () => void; sweepNow: () => void } {
  let isRunning = false;
  const sweep = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const sockets = [...io.of('/').sockets.values()].filter((socket) => socket.data.credential);
      if (sockets.length === 0) return;
      const valid = await listValidCredentials(sockets.map((socket) => socket.data.credential!));
      for (const socket of sockets) {
        if (!valid.has(credentialKey(socket.data.credential!))) socket.disconnect(true);
      }
    } catch {
      // The database is unreachable: try again at the next tick; requests fail meanwhile.
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  // A revocation announced on this instance (src/server/events.ts) is swept at once.
  return { stop: () => clearInterval(timer), sweepNow: () => void sweep() };
}
