import { AppLink } from '@/components/ui/app-link';
import { formatMoney } from '@/domain/money';
import type { MyDayReason } from '@/domain/signals/my-day';
import type { MyDay } from '@/server/use-cases/get-my-day';
import { NextStepLine } from './next-step-line';

const reasonLabels: Record<MyDayReason, string> = {
  overdue: 'Next step overdue',
  today: 'Next step due today',
  'stale-or-slipping': 'Stale or slipping',
  'nothing-planned': 'Nothing planned',
};

export function MyDayView({ myDay, boardHref }: { myDay: MyDay; boardHref: string }) {
  const locale = myDay.team?.locale ?? 'en-US';
  return (
    <div className="my-day">
      <h1>My day</h1>
      <p className="muted">
        Your open deals that need you today: overdue next steps first, then today’s, then stale or slipping deals, then deals with nothing planned.{' '}
        <AppLink href={boardHref}>Open your board</AppLink>
      </p>
      {myDay.items.length === 0 ? (
        <p className="empty">Nothing needs you today: every open deal has a next step planned and is moving.</p>
      ) : (
        <ol className="my-day-list" data-testid="my-day-list">
          {myDay.items.map(({ deal, reason, nextStepStatus, signals }) => (
            <li key={deal.id} className="my-day-item">
              <span className="my-day-reason">{reasonLabels[reason]}</span>
              <div>
                <strong>{deal.account}</strong> · {deal.title} · {formatMoney(deal.amountMinor, deal.currency, locale)}
              </div>
              <div>
                <NextStepLine status={nextStepStatus} deal={deal} />
              </div>
              {signals.length > 0 ? (
                <ul className="risk-chips" aria-label="Risk signals">
                  {signals.map((signal) => (
                    <li key={signal.kind} className="risk-chip" title={signal.why}>
                      {signal.label}: {signal.why}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
