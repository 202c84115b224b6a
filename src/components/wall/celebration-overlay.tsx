'use client';

import type { CSSProperties } from 'react';
import { toMajorUnits } from '@/domain/money';
import type { Celebration } from './use-celebrations';

// A short celebration when a team closes won business: a banner naming the team and the
// amount, with a burst of confetti. Under prefers-reduced-motion the confetti is not
// drawn and the banner simply appears (wall.css). The text is also announced politely.

const palette = ['#2563eb', '#f59e0b', '#10b981', '#ec4899', '#facc15', '#8b5cf6'];
const pieceCount = 42;

/** A fixed scatter of confetti (the same every time; no randomness to re-render). */
const pieces = Array.from({ length: pieceCount }, (_, index) => {
  const spread = (index * 37) % 100;
  return {
    left: `${spread}%`,
    delay: `${((index * 53) % 60) / 100}s`,
    duration: `${2.2 + ((index * 29) % 12) / 10}s`,
    drift: `${((index * 71) % 31) - 15}vw`,
    spin: `${360 + ((index * 97) % 540)}deg`,
    colourIndex: index % palette.length,
    isRound: index % 3 === 0,
  };
});

export function formatWinAmount(amountMinor: number, currency: string, locale: string): string {
  const major = toMajorUnits(amountMinor, currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(Number.isInteger(major) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(major);
}

/**
 * "Dana Smith closed Atlas Freight Corp.: $120,000 for NY Enterprise!" when the update named
 * the deal; "NY Enterprise just closed $120,000!" otherwise.
 */
export function celebrationText(celebration: Celebration): string {
  const amount = formatWinAmount(celebration.amountMinor, celebration.currency, celebration.locale);
  const named = celebration.named;
  if (!named) return `${celebration.teamName} just closed ${amount}!`;
  const others = named.others > 0 ? ` and ${named.others} more` : '';
  return `${named.repName} closed ${named.account}${others}: ${amount} for ${celebration.teamName}!`;
}

export function CelebrationOverlay({ celebration, variant }: { celebration: Celebration | null; variant: 'screen' | 'tv' }) {
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {celebration ? celebrationText(celebration) : ''}
      </p>
      {celebration ? (
        <div key={celebration.key} className={`celebration celebration-${variant}`} aria-hidden="true" data-testid="celebration">
          <div className="celebration-confetti">
            {pieces.map((piece, index) => (
              <span
                key={index}
                className={piece.isRound ? 'confetti-piece is-round' : 'confetti-piece'}
                style={
                  {
                    left: piece.left,
                    '--delay': piece.delay,
                    '--duration': piece.duration,
                    '--drift': piece.drift,
                    '--spin': piece.spin,
                    '--colour': piece.colourIndex === 0 ? celebration.colour : palette[piece.colourIndex],
                  } as CSSProperties
                }
              />
            ))}
          </div>
          <div className="celebration-banner" style={{ '--team-colour': celebration.colour } as CSSProperties}>
            <span className="celebration-swatch" />
            {celebrationText(celebration)}
          </div>
        </div>
      ) : null}
    </>
  );
}
