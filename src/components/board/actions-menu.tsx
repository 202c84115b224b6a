'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

// A menu button (WAI-ARIA menu pattern): Enter, Space or Down opens it on the first
// item, arrows and Home/End move between items, Escape or Tab closes it and focus goes
// back to the button. The menu is drawn in a portal so the board's scrolling never clips it.

export type MenuItem =
  | { kind?: 'item'; label: string; onSelect: () => void; tone?: 'danger'; disabled?: boolean }
  | { kind: 'separator'; label?: string };

export function ActionsMenu({
  label,
  items,
  buttonClassName,
  children,
}: {
  /** The button's accessible name, e.g. "Actions for Acme Corp". */
  label: string;
  /** Built when the menu opens, so it reflects the card as it is then. */
  items: () => MenuItem[];
  buttonClassName?: string;
  /** The button's content; none when its class draws an icon. */
  children?: ReactNode;
}) {
  const [openItems, setOpenItems] = useState<MenuItem[] | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const isOpen = openItems !== null;

  const close = (returnFocus: boolean) => {
    setOpenItems(null);
    if (returnFocus) buttonRef.current?.focus();
  };

  /** Where the button was when the menu opened: the menu is drawn against it. */
  const anchorRef = useRef<{ top: number; left: number } | null>(null);

  const open = () => {
    const rect = buttonRef.current?.getBoundingClientRect();
    if (!rect) return;
    anchorRef.current = { top: rect.bottom + 4, left: rect.right };
    setPosition(anchorRef.current);
    setOpenItems(items());
  };

  // Keep the menu inside the window, then focus its first item.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!isOpen || !menu || !position) return;
    const rect = menu.getBoundingClientRect();
    const left = Math.max(8, Math.min(position.left - rect.width, window.innerWidth - rect.width - 8));
    const top = position.top + rect.height > window.innerHeight - 8 ? Math.max(8, position.top - rect.height - 36) : position.top;
    menu.style.left = `${left}px`;
    menu.style.top = `${top}px`;
    menu.style.visibility = 'visible';
    menu.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [isOpen, position]);

  useEffect(() => {
    if (!isOpen) return;
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    // A scroll that moved the button leaves the menu adrift, so it closes. Scroll events
    // come a frame late, so one from just before the menu opened (the page brought the
    // button into view, or a live change shifted the board) finds it where it was.
    const closeOnScroll = (event: Event) => {
      if (menuRef.current?.contains(event.target as Node)) return;
      const rect = buttonRef.current?.getBoundingClientRect();
      const anchor = anchorRef.current;
      if (rect && anchor && Math.abs(rect.bottom + 4 - anchor.top) < 1 && Math.abs(rect.right - anchor.left) < 1) return;
      close(false);
    };
    document.addEventListener('pointerdown', closeOnOutside, true);
    window.addEventListener('scroll', closeOnScroll, true);
    window.addEventListener('resize', closeOnScroll);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside, true);
      window.removeEventListener('scroll', closeOnScroll, true);
      window.removeEventListener('resize', closeOnScroll);
    };
  }, [isOpen]);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    if (entries.length === 0) return;
    const index = entries.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = (index + 1) % entries.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + entries.length) % entries.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = entries.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    } else if (event.key === 'Tab') {
      close(false);
      return;
    }
    if (next !== null) {
      event.preventDefault();
      entries[next]?.focus();
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => (isOpen ? close(false) : open())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !isOpen) {
            event.preventDefault();
            open();
          }
        }}
      >
        {children}
      </button>
      {isOpen && position
        ? createPortal(
            <div
              ref={menuRef}
              id={menuId}
              role="menu"
              aria-label={label}
              className="actions-menu"
              style={{ top: position.top, left: position.left, visibility: 'hidden' }}
              onKeyDown={moveFocus}
            >
              {openItems.map((item, index) =>
                item.kind === 'separator' ? (
                  <div key={`separator-${index}`} role="separator" className="actions-menu-separator">
                    {item.label ? <span className="actions-menu-group-label">{item.label}</span> : null}
                  </div>
                ) : (
                  <button
                    key={item.label}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="actions-menu-item"
                    data-tone={item.tone}
                    aria-disabled={item.disabled || undefined}
                    onClick={() => {
                      if (item.disabled) return;
                      close(true);
                      item.onSelect();
                    }}
                  >
                    {item.label}
                  </button>
                ),
              )}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
