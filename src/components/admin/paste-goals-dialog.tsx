'use client';

import { useState } from 'react';
import { parseGoalCsv, type GoalCellChange, type KnownGoalUser } from '@/domain/admin/goal-grid';
import { minorUnitDigits } from '@/domain/money';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

// Goals pasted from a spreadsheet or CSV, put into the grid (not saved) when every line reads.

export function PasteDialog({
  months,
  currency,
  knownUsers,
  onClose,
  onApply,
}: {
  months: string[];
  currency: string;
  knownUsers: KnownGoalUser[];
  onClose: () => void;
  onApply: (changes: GoalCellChange[]) => void;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ line: number; message: string }[]>([]);

  return (
    <Dialog title="Paste goals" description="From a spreadsheet or CSV: one line per person." onClose={onClose} size="wide" testId="paste-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const result = parseGoalCsv(text, knownUsers, months, { minorDigits: minorUnitDigits(currency) });
          if (result.errors.length > 0) {
            setErrors(result.errors);
            return;
          }
          if (result.changes.length === 0) {
            setErrors([{ line: 1, message: 'No goals found in the text.' }]);
            return;
          }
          onApply(result.changes);
        }}
      >
        <Field
          id="paste-text"
          label="Goals"
          hint={`Name or email, then one amount in ${currency} per month (${months.join(', ')}), or a header line naming the months. Leave a cell empty to keep it; "-" clears it.`}
          error={errors.length > 0 ? `${errors.length} line(s) could not be read; nothing was applied.` : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              value={text}
              data-autofocus
              rows={8}
              placeholder={`Name,${months.join(',')}\nAda Lovelace,${months.map(() => '12500').join(',')}`}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          )}
        </Field>
        {errors.length > 0 ? (
          <ul className="alert" role="alert" style={{ paddingLeft: 28 }}>
            {errors.slice(0, 20).map((error) => (
              <li key={`${error.line}-${error.message}`}>
                Line {error.line}: {error.message}
              </li>
            ))}
          </ul>
        ) : null}
        <FormActions submitLabel="Put into the grid" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
