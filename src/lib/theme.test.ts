import { describe, expect, it } from 'vitest';
import { parseTheme, themeAttribute, themeCookie } from './theme';

describe('the colour theme', () => {
  it('follows the system unless the cookie names light or dark', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme(undefined)).toBe('system');
    expect(parseTheme('DARK')).toBe('system');
    expect(parseTheme('<script>')).toBe('system');
  });

  it('writes data-theme only for a chosen theme', () => {
    expect(themeAttribute('system')).toBeUndefined();
    expect(themeAttribute('dark')).toBe('dark');
  });

  it('remembers a choice for a year and forgets it for "system"', () => {
    expect(themeCookie('dark')).toBe('cadence-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(themeCookie('system')).toContain('Max-Age=0');
  });
});
