// A ramp curve as people type it: percentages of a steady-state rep's output for each
// month since the start, separated by commas or spaces ("10, 30, 50, 70, 85, 95").

/** Shares (0..1) to "10, 30, 50" (whole percentages, one decimal where needed). */
export function formatRampPercentages(shares: readonly number[]): string {
  return shares.map((share) => String(Math.round(share * 1000) / 10)).join(', ');
}

/**
 * "10, 30, 50" to shares [0.1, 0.3, 0.5]. A piece that is not a number becomes NaN, so
 * that the shared schema names the month it is in; an empty text is an empty curve.
 */
export function parseRampPercentages(text: string): number[] {
  const pieces = text
    .split(/[\s,;]+/)
    .map((piece) => piece.trim().replace(/%$/, ''))
    .filter((piece) => piece !== '');
  return pieces.map((piece) => (/^-?\d+(\.\d+)?$/.test(piece) ? Math.round(Number(piece) * 10) / 1000 : Number.NaN));
}
