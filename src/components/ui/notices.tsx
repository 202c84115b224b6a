'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { DismissIcon } from './dialog';
import styles from './notices.module.css';

// Toasts: short messages at the bottom of the page ("Deleted Acme Corp. Undo"), read out
// by screen readers: errors assertively, everything else politely. `useNotices` holds them
// and lets each go after a while; `NoticeStack` shows them.

export type NoticeTone = 'info' | 'success' | 'error';

export type Notice = {
  id: number;
  tone: NoticeTone;
  message: string;
  action?: { label: string; onAction: () => void };
};

const lifetimeMilliseconds = { info: 6_000, success: 5_000, error: 9_000 } as const;
const lifetimeWithActionMilliseconds = 10_000;

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      // The newest few are enough; older ones make room.
      setNotices((current) => [...current.slice(-3), { ...notice, id }]);
      const lifetime = notice.action ? lifetimeWithActionMilliseconds : lifetimeMilliseconds[notice.tone];
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), lifetime),
      );
      return id;
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  return { notices, push, dismiss };
}

export function NoticeStack({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const polite = notices.filter((notice) => notice.tone !== 'error');
  const urgent = notices.filter((notice) => notice.tone === 'error');
  return (
    <div className={styles.stack}>
      <div role="status" aria-live="polite" className={styles.group}>
        {polite.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} onDismiss={onDismiss} />
        ))}
      </div>
      <div role="alert" aria-live="assertive" className={styles.group}>
        {urgent.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} onDismiss={onDismiss} />
        ))}
      </div>
    </div>
  );
}

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  return (
    <div className={styles.toast} data-tone={notice.tone} data-testid="board-notice">
      <span className={styles.message}>{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className={styles.action}
          onClick={() => {
            notice.action?.onAction();
            onDismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className={`icon-button ${styles.close}`} aria-label="Dismiss" onClick={() => onDismiss(notice.id)}>
        <DismissIcon />
      </button>
    </div>
  );
}
