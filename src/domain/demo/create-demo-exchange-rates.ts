import { buildExchangeRate, type ExchangeRateRecord } from './record-builders';
import { padNumber, type Context } from './demo-context';

/** Monthly rates into US dollars, drifting a little from month to month. */
export function createExchangeRates(context: Context): ExchangeRateRecord[] {
  const { random } = context;
  const exchangeRates: ExchangeRateRecord[] = [];
  let poundRate = random.between(1.26, 1.29);
  let australianDollarRate = random.between(0.64, 0.66);
  for (const month of context.months) {
    poundRate = Math.min(1.3, Math.max(1.25, poundRate + random.between(-0.008, 0.008)));
    australianDollarRate = Math.min(0.67, Math.max(0.63, australianDollarRate + random.between(-0.006, 0.006)));
    const rates: [string, number][] = [
      ['USD', 1],
      ['GBP', poundRate],
      ['AUD', australianDollarRate],
    ];
    for (const [currency, rate] of rates) {
      exchangeRates.push(
        buildExchangeRate({
          id: `demo-exchange-rate-${padNumber(exchangeRates.length + 1, 3)}`,
          month: month.start,
          currency,
          rateToReporting: rate.toFixed(4),
        }),
      );
    }
  }
  return exchangeRates;
}
