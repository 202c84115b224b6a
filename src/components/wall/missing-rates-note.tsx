import type { TWallSnapshot } from '@/schemas/wall';

// The note a wall shows when an office's currency has no exchange rate for the month:
// that office's bars stay in its own currency and the company's figures leave it out.

/** One sentence per missing currency, e.g. "No rate for EUR: Berlin is shown in EUR and left out of the company total." */
export function describeMissingRates(missingRates: TWallSnapshot['missingRates']): string[] {
  return missingRates.map(({ currency, offices }) => {
    const names = offices.map((office) => office.name);
    const listed = names.length <= 1 ? (names[0] ?? 'An office') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const verb = names.length > 1 ? 'are' : 'is';
    return `No rate for ${currency}: ${listed} ${verb} shown in ${currency} and left out of the company total until an administrator adds the rate.`;
  });
}

export function MissingRatesNote({ missingRates, className }: { missingRates: TWallSnapshot['missingRates']; className: string }) {
  const lines = describeMissingRates(missingRates);
  if (lines.length === 0) return null;
  return (
    <div className={className} role="note" data-testid="missing-rates">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
