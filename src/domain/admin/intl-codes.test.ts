import { describe, expect, it } from 'vitest';
import { isValidCurrency, isValidLocale, listTimeZones } from './intl-codes';

describe('isValidCurrency', () => {
  it.each(['USD', 'EUR', 'JPY', 'GBP'])('accepts %s', (code) => expect(isValidCurrency(code)).toBe(true));
  it.each(['usd', 'XYZ1', 'US', 'QQQ', ''])('refuses %j', (code) => expect(isValidCurrency(code)).toBe(false));
});

describe('isValidLocale', () => {
  it.each(['en-US', 'de-DE', 'fr', 'ja-JP'])('accepts %s', (tag) => expect(isValidLocale(tag)).toBe(true));
  it.each(['en_US', 'not a locale', '', 'EN-us'])('refuses %j', (tag) => expect(isValidLocale(tag)).toBe(false));
});

describe('listTimeZones', () => {
  it('lists IANA zones, sorted', () => {
    const zones = listTimeZones();
    expect(zones).toContain('Europe/London');
    expect(zones).toEqual([...zones].sort());
  });
});
