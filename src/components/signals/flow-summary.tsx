import { formatMoney } from '@/domain/money';
import type { TMonthFlowReport } from '@/schemas/signals';

// The month's flow as a short ledger: where the month's pipeline began, what came in
// and went out, and where it stands. Rendered by the burn-down page and the standup.

function countLabel(count: number): string {
  return count === 1 ? '1 deal' : `${count} deals`;
}

export function FlowSummary({ report, headingLevel = 2 }: { report: TMonthFlowReport; headingLevel?: 2 | 3 }) {
  const { flow } = report;
  const money = (amountMinor: number) => formatMoney(amountMinor, report.currency, report.locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rows: { key: string; label: string; sign: string; count: number; amountMinor: number; note?: string }[] = [
    { key: 'opening', label: 'Pipeline at the start of the month', sign: '', ...flow.opening },
    { key: 'new', label: 'New', sign: '+', ...flow.new },
    { key: 'pulled-in', label: 'Pulled in', sign: '+', ...flow.pulledIn },
    { key: 'pushed-out', label: 'Pushed out', sign: '−', ...flow.pushedOut },
    { key: 'won', label: 'Won', sign: '−', ...flow.won, note: `${money(flow.won.closedAmountMinor)} won` },
    { key: 'lost', label: 'Lost', sign: '−', ...flow.lost },
    { key: 'adjusted', label: 'Amount changes and other', sign: flow.adjusted.amountMinor < 0 ? '−' : '+', ...flow.adjusted, amountMinor: Math.abs(flow.adjusted.amountMinor) },
    { key: 'closing', label: 'Pipeline now', sign: '=', ...flow.closing },
  ];
  return (
    <section className="flow-summary" aria-labelledby={`flow-title-${report.scope.id}`} data-testid="month-flow">
      <Heading id={`flow-title-${report.scope.id}`}>Flow this month · {report.name}</Heading>
      <p className="flow-caption">Open deals expected to close in {report.month}: what came in and went out since the month began.</p>
      <table className="flow-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`flow-row flow-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td className="flow-count">{row.key === 'adjusted' ? '' : countLabel(row.count)}</td>
              <td className="flow-amount">
                {row.sign && row.sign !== '=' ? `${row.sign} ` : ''}
                {money(row.amountMinor)}
                {row.note ? <span className="flow-note"> ({row.note})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
