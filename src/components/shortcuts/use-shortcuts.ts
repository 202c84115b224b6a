'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { shortcutKey } from './shortcut-keys';

/**
 * Runs `handlers[key]` when that key is pressed outside a text field and no dialog is
 * open. A handler that returns false did not use the key, which then does what it
 * would have done.
 */
export function useShortcuts(handlers: Partial<Record<string, () => boolean | void>>): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || document.querySelector('dialog[open]')) return;
      const key = shortcutKey(event);
      const handler = key ? latest.current[key] : undefined;
      if (handler && handler() !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
