'use client';

import { useId } from 'react';
import type { TActionItem } from '@/schemas/sprint';
import { formatDay } from './sprint-format';

// Action items with their owner, due date and an overdue flag (in words as well as
// colour). The owner or whoever runs the rituals ticks one done.

export function ActionItemList({
  items,
  locale,
  canTick,
  onToggle,
  busyId,
  emptyText,
  showOwner = true,
}: {
  items: TActionItem[];
  locale: string;
  canTick: (item: TActionItem) => boolean;
  onToggle: (item: TActionItem, done: boolean) => void;
  busyId: string | null;
  emptyText: string;
  showOwner?: boolean;
}) {
  // The same item can be listed twice on one screen (under its owner and the team), so ids are per list.
  const listId = useId();
  if (items.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ul className="action-item-list">
      {items.map((item) => {
        const isDone = item.doneAt !== null;
        const checkboxId = `${listId}-${item.id}`;
        return (
          <li key={item.id} className="action-item" data-done={isDone ? 'true' : undefined} data-overdue={item.isOverdue ? 'true' : undefined}>
            <input
              type="checkbox"
              id={checkboxId}
              checked={isDone}
              disabled={!canTick(item) || busyId === item.id}
              onChange={(event) => onToggle(item, event.target.checked)}
            />
            <label htmlFor={checkboxId} className="action-item-text">
              <span className="action-item-title">{item.title}</span>
              <span className="action-item-meta">
                {showOwner ? <>{item.ownerName} · </> : null}
                due {formatDay(item.dueOn, locale)}
                {item.isOverdue && !isDone ? <span className="overdue-badge">Overdue</span> : null}
                {isDone ? <span className="done-badge">Done</span> : null}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
