'use client';

import { AppLink } from '@/components/ui/app-link';
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { TWallBar } from '@/schemas/wall';
import { BurnDownPanel } from './burn-down-panel';
import { useBurnDown } from './use-burn-down';
import { burnDownPath } from './wall-api';

// The 2D burn-down of the bar that was clicked, in a modal over the wall. It is built on
// the native <dialog>: showModal() keeps focus inside, Escape closes it, and focus
// returns to the bar. While open it follows the wall's live figures.

export function BurnDownDialog({
  bar,
  month,
  monthLabel,
  refreshKey,
  onClose,
}: {
  bar: TWallBar;
  month: string;
  monthLabel: string;
  /** Changes whenever the wall's figures move, so the chart is fetched again. */
  refreshKey: number;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const handleClosed = useEffectEvent(() => onClose());
  const pressedOnBackdrop = useRef(false);
  const { burnDown, error, isLoading } = useBurnDown({ bar, month, refreshKey });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const handleClose = () => handleClosed();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="wall-dialog"
      aria-labelledby={titleId}
      data-testid="burn-down-dialog"
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedOnBackdrop.current && event.target === event.currentTarget) event.currentTarget.close();
        pressedOnBackdrop.current = false;
      }}
    >
      <div className="wall-dialog-frame">
        <header className="wall-dialog-header">
          <div>
            <h2 id={titleId} className="wall-dialog-title">
              <span className="wall-swatch" style={{ background: bar.colour }} aria-hidden="true" />
              {bar.name}
            </h2>
            <p className="wall-dialog-subtitle">Burn-down, {monthLabel}</p>
          </div>
          <div className="wall-dialog-actions">
            <AppLink className="button secondary" href={burnDownPath(bar, month)}>
              Open as a page
            </AppLink>
            <button type="button" className="button secondary" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </div>
        </header>
        <div className="wall-dialog-body" aria-busy={isLoading}>
          {error ? (
            <div className="alert" role="alert">
              {error}
            </div>
          ) : null}
          {burnDown ? (
            <BurnDownPanel burnDown={burnDown} />
          ) : isLoading ? (
            <p className="wall-loading" role="status">
              Loading the burn-down…
            </p>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
