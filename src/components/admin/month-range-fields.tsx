import { Field } from '@/components/ui/field';

export type MonthRange = { from: string; to: string };

/**
 * The months a grid shows (goals, exchange rates): From and To, each a month input; a
 * cleared input changes nothing, and a range that ends before it starts is pointed out.
 */
export function MonthRangeFields({ idPrefix, range, onChange }: { idPrefix: string; range: MonthRange; onChange: (change: Partial<MonthRange>) => void }) {
  return (
    <>
      <MonthField id={`${idPrefix}-from`} label="From" month={range.from} onChange={(from) => onChange({ from })} />
      <MonthField id={`${idPrefix}-to`} label="To" month={range.to} error={range.from > range.to ? 'End after the start' : undefined} onChange={(to) => onChange({ to })} />
    </>
  );
}

function MonthField({ id, label, month, error, onChange }: { id: string; label: string; month: string; error?: string; onChange: (month: string) => void }) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="month"
          value={month}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            if (chosen) onChange(chosen);
          }}
        />
      )}
    </Field>
  );
}
