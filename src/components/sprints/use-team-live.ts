'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { socketPath } from '@/realtime/socket-path';
import type { ClientToServerEvents, ServerToClientEvents, TBoardJoinReply } from '@/realtime/events';

// Keeps a sprint page or a standup live: it joins the team's room (the one its board
// joins) and says when something the page shows may have moved: a deal of the team
// changed, or a rep saved a forecast. The page then reads itself again; it never
// replays the changes (a board does that). Bursts are taken together: one reload per
// `settleMs`. After a reconnect the page reads itself again, as it may have missed some.

export type TeamLiveReason = 'deal' | 'forecast' | 'reconnect';

/** The largest sequence there is: the page asks for no missed changes, only what happens next. */
const noBacklog = 2_147_483_647;

export function useTeamLive(options: { teamId: string; onChange: (reason: TeamLiveReason) => void; settleMs?: number }): void {
  const callback = useRef(options.onChange);
  useLayoutEffect(() => {
    callback.current = options.onChange;
  });
  const { teamId } = options;
  const settleMs = options.settleMs ?? 400;

  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: socketPath, withCredentials: true, forceNew: true });
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: TeamLiveReason | null = null;
    let hasJoined = false;
    const notify = (reason: TeamLiveReason) => {
      pending = pending === 'forecast' ? pending : reason;
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        const reasonNow = pending ?? reason;
        pending = null;
        callback.current(reasonNow);
      }, settleMs);
    };
    const join = () => {
      socket.emit('board:join', { teamIds: [teamId], afterSequence: noBacklog }, (reply: TBoardJoinReply) => {
        if (!reply?.ok) return;
        if (hasJoined) notify('reconnect');
        hasJoined = true;
      });
    };
    socket.on('connect', join);
    socket.on('deal:changed', () => notify('deal'));
    socket.on('sprint:forecast', (saved) => {
      if (saved.teamId === teamId) notify('forecast');
    });
    return () => {
      if (timer) clearTimeout(timer);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [teamId, settleMs]);
}
