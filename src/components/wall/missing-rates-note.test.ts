import { describe, expect, it } from 'vitest';
import { describeMissingRates } from './missing-rates-note';

describe('describeMissingRates', () => {
  it('names each currency without a rate and its offices', () => {
    expect(describeMissingRates([])).toEqual([]);
    expect(describeMissingRates([{ currency: 'EUR', offices: [{ id: 'b', name: 'Berlin' }] }])).toEqual([
      'No rate for EUR: Berlin is shown in EUR and left out of the company total until an administrator adds the rate.',
    ]);
    expect(
      describeMissingRates([{ currency: 'EUR', offices: [{ id: 'b', name: 'Berlin' }, { id: 'p', name: 'Paris' }, { id: 'm', name: 'Madrid' }] }])[0],
    ).toMatch(/^No rate for EUR: Berlin, Paris and Madrid are shown in EUR/);
  });
});
