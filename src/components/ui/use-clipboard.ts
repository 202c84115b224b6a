'use client';

import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a text to the clipboard and remembers how it went, for a Copy button beside a
 * secret or a link shown once. `fallback` runs when the browser refuses (an insecure
 * origin, a refused permission), e.g. selecting the text; it answers whether it copied.
 */
export function useClipboard(): { state: CopyState; copy: (text: string, fallback?: () => boolean) => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  async function copy(text: string, fallback?: () => boolean) {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState(fallback?.() ? 'copied' : 'failed');
    }
  }
  return { state, copy };
}
