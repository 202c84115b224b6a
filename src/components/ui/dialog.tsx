'use client';

import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import styles from './dialog.module.css';

// A modal on the native <dialog>: showModal() makes the rest of the page inert (so focus
// stays inside), Escape closes it, a click on the backdrop closes it, and focus returns to
// where it was. Mount it to open it; `onClose` runs however it is closed. A form names the
// control to start in with data-autofocus.

export type DialogProps = {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** A centred dialog, or a drawer on the right (for a deal's details). */
  variant?: 'dialog' | 'drawer';
  size?: 'small' | 'medium' | 'wide';
  testId?: string;
};

export function Dialog({ title, description, onClose, children, variant = 'dialog', size = 'medium', testId }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const pressedOnBackdrop = useRef(false);
  const handleClosed = useEffectEvent(() => onClose());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      dialog.showModal();
      // showModal() focuses the first focusable element (the Close button); a form names
      // the field to start in with data-autofocus instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    const handleClose = () => handleClosed();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      // Unmounting removes the dialog from the page, which takes it out of the top layer;
      // calling close() here would queue a close event for whoever mounts next. Focus
      // goes back where it was, if that is still on the page and nothing else took it.
      queueMicrotask(() => {
        const focused = document.activeElement;
        if (returnFocusTo?.isConnected && (!focused || focused === document.body)) returnFocusTo.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={[styles.dialog, styles[variant], styles[size]].join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; a text selection that
        // merely ends there does not close it.
        if (pressedOnBackdrop.current && event.target === event.currentTarget) event.currentTarget.close();
        pressedOnBackdrop.current = false;
      }}
    >
      <div className={styles.frame}>
        <header className={styles.header}>
          <div>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className={styles.description}>
                {description}
              </p>
            ) : null}
          </div>
          <button type="button" className="icon-button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
            <DismissIcon />
          </button>
        </header>
        <div className={styles.body}>{children}</div>
      </div>
    </dialog>
  );
}

export function DismissIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" aria-hidden="true" focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}
