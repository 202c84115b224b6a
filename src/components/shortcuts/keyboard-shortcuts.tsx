'use client';

import { useRouter } from 'next/navigation';
import { Fragment, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { DataTable } from '@/components/ui/table';
import { announceNavigation } from '@/components/navigation-progress';
import { followSequence, shortcutList, type GoToTarget, type SequenceState } from './shortcut-keys';
import { useShortcuts } from './use-shortcuts';

// The shortcuts that work on every signed-in page: "?" lists them all, and "g b", "g w"
// and "g s" go to the board, the wall and the sprints. A page adds its own with
// useShortcuts (the board's "/", "n", "e" and "c"; the standup's arrows).

export function KeyboardShortcuts({ boardHref }: { boardHref: string }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const sequence = useRef<SequenceState>({ pendingSince: null });
  const destinations: Record<GoToTarget, string> = { board: boardHref, wall: '/wall', sprints: '/sprints' };

  const follow = (key: string) => {
    const next = followSequence(sequence.current, key, Date.now());
    sequence.current = next.state;
    if (!next.goTo) return key === 'g';
    announceNavigation();
    router.push(destinations[next.goTo]);
  };
  useShortcuts({
    '?': () => setIsOpen(true),
    g: () => follow('g'),
    b: () => follow('b'),
    w: () => follow('w'),
    s: () => follow('s'),
  });

  if (!isOpen) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setIsOpen(false)} size="small" testId="shortcuts-dialog">
      <p className="muted small">Shortcuts do nothing while you type in a field. Press the keys one after the other.</p>
      <DataTable
        className="shortcuts-table"
        columns={['Keys', 'Does', 'Where']}
        rows={shortcutList}
        rowKey={(shortcut) => shortcut.description}
        renderRow={(shortcut) => (
          <>
            <td>
              {shortcut.keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 ? (shortcut.keys[0] === 'g' ? ' then ' : ' / ') : null}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </td>
            <td>{shortcut.description}</td>
            <td>{shortcut.where}</td>
          </>
        )}
      />
    </Dialog>
  );
}
