// The colour theme a user chose in their profile: follow the system (the default), or
// always light, or always dark. The choice is a cookie, so the server can write it on
// <html data-theme> in the very first response (no flash of the wrong theme, and no
// inline script for the Content-Security-Policy to allow); globals.css does the rest.

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const themeCookieName = 'cadence-theme';

/** A year: the choice outlives sessions, as a preference should. */
const themeCookieMaxAgeSeconds = 365 * 24 * 60 * 60;

/** The theme a cookie value names; anything else (or nothing) means following the system. */
export function parseTheme(value: string | undefined | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The data-theme attribute for <html>: none when following the system. */
export function themeAttribute(theme: Theme): 'light' | 'dark' | undefined {
  return theme === 'system' ? undefined : theme;
}

/** The Set-Cookie text (for document.cookie) that remembers `theme`, or forgets the choice for "system". */
export function themeCookie(theme: Theme): string {
  return theme === 'system'
    ? `${themeCookieName}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${themeCookieName}=${theme}; Path=/; Max-Age=${themeCookieMaxAgeSeconds}; SameSite=Lax`;
}

/** In the browser: remembers `theme` and shows it at once, without a reload. */
export function applyTheme(theme: Theme): void {
  document.cookie = themeCookie(theme);
  const attribute = themeAttribute(theme);
  if (attribute) document.documentElement.dataset.theme = attribute;
  else delete document.documentElement.dataset.theme;
}
