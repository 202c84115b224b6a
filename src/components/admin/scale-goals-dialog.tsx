'use client';

import { useState } from 'react';
import type { TGoalRow } from '@/schemas/admin';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { formatMonthKey, parseDecimalInput } from './format';

// Raising or lowering every goal in a rep's row by a percentage.

export function ScaleDialog({
  row,
  months,
  currentMonth,
  locale,
  onClose,
  onScale,
}: {
  row: TGoalRow;
  months: string[];
  currentMonth: string;
  locale: string;
  onClose: () => void;
  onScale: (percent: number, months: string[]) => void;
}) {
  const [percent, setPercent] = useState('10');
  const [fromNowOn, setFromNowOn] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const chosen = fromNowOn ? months.filter((month) => month >= currentMonth) : months;

  return (
    <Dialog title={`Scale ${row.name}'s goals`} description="Raise or lower every goal in the row by a percentage." onClose={onClose} testId="scale-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = parseDecimalInput(percent);
          if (value === null || Number.isNaN(value) || value < -100 || value > 1000) {
            setError('Enter a percentage from -100 to 1000, e.g. 10 or -5');
            return;
          }
          onScale(value, chosen);
        }}
      >
        <Field id="scale-percent" label="Change by (%)" error={error ?? undefined} hint="10 raises by 10%; -10 lowers by 10%.">
          {(control) => <input {...control} inputMode="decimal" value={percent} data-autofocus onChange={(event) => setPercent(event.currentTarget.value)} />}
        </Field>
        <label className="field-checkbox">
          <input type="checkbox" checked={fromNowOn} onChange={(event) => setFromNowOn(event.currentTarget.checked)} />
          Only {formatMonthKey(currentMonth, locale, 'long')} and later
        </label>
        <FormActions submitLabel={`Scale ${chosen.length} month${chosen.length === 1 ? '' : 's'}`} isSubmitDisabled={chosen.length === 0} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
