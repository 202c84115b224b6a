import type { Metadata } from 'next';
import { ExchangeRatesView } from '@/components/admin/exchange-rates-view';
import { renderSection } from '../section-page';

export const metadata: Metadata = { title: 'Exchange rates · Administration' };

export default async function ExchangeRatesPage() {
  return renderSection('exchange-rates', () => <ExchangeRatesView />);
}
