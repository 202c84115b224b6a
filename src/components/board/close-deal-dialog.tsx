'use client';

import { useId, useState, type FormEvent } from 'react';
import { describeMoneyInputProblem, formatMoney, moneyInputToMinor, parseMoneyInput, toMajorUnits } from '@/domain/money';
import { zonedTimeToInstant } from '@/domain/calendar';
import { ZCloseDealInput, type TBoardTeam, type TCloseDealInput, type TDealCard, type TDealOutcome } from '@/schemas/deal';
import { calendarDateInZone } from './board-format';
import { Field, zodFieldErrors, type FieldErrors } from '@/components/ui/field';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';

// Completing a deal: won or lost, the amount won (in the currency's major units here,
// minor units on the wire) and the day it closed (today by default).

export function CloseDealDialog({
  card,
  team,
  onCancel,
  onConfirm,
}: {
  card: TDealCard;
  team: TBoardTeam | undefined;
  onCancel: () => void;
  /** The validated input, without placement or idempotency key. */
  onConfirm: (input: Omit<TCloseDealInput, 'idempotencyKey'>) => void;
}) {
  const timeZone = team?.timeZone ?? 'UTC';
  const locale = team?.locale ?? 'en';
  const today = calendarDateInZone(new Date(), timeZone);
  const [outcome, setOutcome] = useState<TDealOutcome>('WON');
  const [amount, setAmount] = useState(String(toMajorUnits(card.amountMinor, card.currency)));
  const [closeDate, setCloseDate] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dateErrors: FieldErrors = {};
    if (!closeDate) dateErrors.closedAt = 'Enter the day the deal closed';
    else if (closeDate > today) dateErrors.closedAt = 'The close date cannot be in the future';
    const closedAt = !closeDate
      ? undefined
      : closeDate === today
        ? new Date().toISOString()
        : zonedTimeToInstant(
            { year: Number(closeDate.slice(0, 4)), month: Number(closeDate.slice(5, 7)), day: Number(closeDate.slice(8, 10)), minutes: 12 * 60 },
            timeZone,
          ).toISOString();
    const amountWon = parseMoneyInput(amount, card.currency);
    const parsed = ZCloseDealInput.safeParse({
      version: card.version,
      outcome,
      closedAmountMinor: outcome === 'WON' ? moneyInputToMinor(amountWon) : undefined,
      closedAt,
    });
    const fieldErrors = { ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...dateErrors };
    if (outcome === 'WON' && !amountWon.ok) fieldErrors.closedAmountMinor = describeMoneyInputProblem(amountWon.problem, card.currency);
    setErrors(fieldErrors);
    if (!parsed.success || Object.keys(fieldErrors).length > 0) return;
    const { idempotencyKey: _unused, ...input } = parsed.data;
    onConfirm(input);
  }

  return (
    <Dialog
      title={`Close ${card.account}`}
      description={`${card.title} · ${formatMoney(card.amountMinor, card.currency, locale)}`}
      onClose={onCancel}
      size="small"
      testId="close-deal-dialog"
    >
      <form onSubmit={submit} noValidate className="board-form">
        <fieldset className="board-fieldset">
          <legend>Outcome</legend>
          <div className="board-segmented">
            <label data-checked={outcome === 'WON' || undefined}>
              <input type="radio" name="outcome" value="WON" checked={outcome === 'WON'} onChange={() => setOutcome('WON')} data-autofocus />
              Won
            </label>
            <label data-checked={outcome === 'LOST' || undefined}>
              <input type="radio" name="outcome" value="LOST" checked={outcome === 'LOST'} onChange={() => setOutcome('LOST')} />
              Lost
            </label>
          </div>
        </fieldset>
        {outcome === 'WON' ? (
          <Field compact id={`${id}-amount`} label={`Amount won (${card.currency})`} error={errors.closedAmountMinor} hint="Defaults to the deal's amount.">
            {(control) => (
              <input {...control} name="closedAmount" inputMode="decimal" autoComplete="off" value={amount} onChange={(event) => setAmount(event.target.value)} />
            )}
          </Field>
        ) : (
          <p className="board-form-note">A lost deal records no amount; it stays in Completed for the retrospective.</p>
        )}
        <Field compact id={`${id}-date`} label="Close date" error={errors.closedAt}>
          {(control) => (
            <input {...control} type="date" name="closeDate" max={today} value={closeDate} onChange={(event) => setCloseDate(event.target.value)} />
          )}
        </Field>
        {errors.form ? (
          <p className="alert" role="alert">
            {errors.form}
          </p>
        ) : null}
        <FormActions layout="end" submitLabel={outcome === 'WON' ? 'Close as won' : 'Close as lost'} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
