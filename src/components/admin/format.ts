// Small conversions between what the forms show and what the API holds.

/** 540 → "09:00"; 1440 → "24:00". */
export function minutesToTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "09:30" → 570; NaN when empty or malformed. */
export function timeToMinutes(value: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 300 per mille → "30"; shown as a percentage with at most one decimal. */
export function perMilleToPercent(perMille: number): string {
  return String(perMille / 10);
}

/** "30" → 300; "12.5" → 125; NaN for anything that is not a number. */
export function percentToPerMille(value: string): number {
  const cleaned = value.trim().replace(',', '.');
  if (cleaned === '' || !/^-?\d*(\.\d*)?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned) * 10);
}

/** "12,500.50" → 12500.5; null when empty; NaN for anything that is not a plain number. */
export function parseDecimalInput(value: string): number | null {
  const cleaned = value.replace(/[\s,_]/g, '').replace(/^\p{Sc}+/u, '');
  if (cleaned === '') return null;
  if (!/^-?\d*(\.\d*)?$/.test(cleaned) || cleaned === '.' || cleaned === '-') return Number.NaN;
  return Number(cleaned);
}

/** Today as YYYY-MM-DD in the browser's zone. */
export function todayInBrowser(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "2026-11" → "Nov 2026" in a locale. */
export function formatMonthKey(key: string, locale: string | undefined, month: 'short' | 'long' = 'short'): string {
  const [year, monthNumber] = key.split('-').map(Number);
  if (!year || !monthNumber) return key;
  return new Intl.DateTimeFormat(locale, { month, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** The month key `offset` months from `key`. */
export function addMonthsToKey(key: string, offset: number): string {
  const [year, monthNumber] = key.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1 + offset, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const roleLabels = { REP: 'Rep', LEAD: 'Team lead', MANAGER: 'Manager', ADMIN: 'Admin' } as const;
