'use client';

import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';

// A modal on the native <dialog>: showModal() makes the rest of the page inert, Escape
// closes it, and focus returns where it was. Mount it to open it; `onClose` runs however
// it is closed. A form names the control to start in with data-autofocus.

export function ModalDialog({
  title,
  description,
  onClose,
  children,
  wide = false,
  testId,
}: {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const handleClosed = useEffectEvent(() => onClose());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    const handleClose = () => handleClosed();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      queueMicrotask(() => {
        const focused = document.activeElement;
        if (returnFocusTo?.isConnected && (!focused || focused === document.body)) returnFocusTo.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={`admin-dialog${wide ? ' admin-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
    >
      <header className="admin-dialog-header">
        <div>
          <h2 id={titleId} className="admin-dialog-title">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="admin-dialog-description">
              {description}
            </p>
          ) : null}
        </div>
        <button type="button" className="admin-icon-button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </header>
      <div className="admin-dialog-body">{children}</div>
    </dialog>
  );
}
