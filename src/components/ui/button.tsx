import type { ButtonHTMLAttributes, ReactNode } from 'react';

// The one button. Its look is the shared forms sheet's .button (src/app/globals.css), which
// links styled as buttons use too. A busy button is disabled and may say what it is doing.

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & {
  variant?: 'primary' | 'secondary' | 'danger';
  size?: 'normal' | 'small';
  isBusy?: boolean;
  /** Shown instead of the children while busy ("Saving…"). */
  busyLabel?: ReactNode;
  className?: string;
};

export function buttonClassName({ variant = 'primary', size = 'normal', className }: Pick<ButtonProps, 'variant' | 'size' | 'className'> = {}): string {
  return ['button', variant === 'primary' ? null : variant, size === 'small' ? 'small' : null, className].filter(Boolean).join(' ');
}

export function Button({ variant, size, isBusy = false, busyLabel, className, type = 'button', disabled, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} className={buttonClassName({ variant, size, className })} disabled={disabled || isBusy}>
      {isBusy && busyLabel ? busyLabel : children}
    </button>
  );
}

/**
 * A form's buttons: submit (busy while it is sent) and Cancel. Dialogs on the board put
 * Cancel first and right-align (`layout="end"`); other forms lead with the submit button.
 */
export function FormActions({
  submitLabel,
  busyLabel = 'Saving…',
  isBusy = false,
  isSubmitDisabled = false,
  variant = 'primary',
  onCancel,
  layout = 'start',
  done,
  children,
}: {
  submitLabel: ReactNode;
  busyLabel?: ReactNode;
  isBusy?: boolean;
  isSubmitDisabled?: boolean;
  variant?: ButtonProps['variant'];
  onCancel?: () => void;
  layout?: 'start' | 'end';
  /** What the last submit achieved ("Note added."), announced politely after the buttons; its place is kept while empty. */
  done?: string | null;
  /** Shown after the buttons. */
  children?: ReactNode;
}) {
  const submit = (
    <Button type="submit" variant={variant} isBusy={isBusy} busyLabel={busyLabel} disabled={isSubmitDisabled}>
      {submitLabel}
    </Button>
  );
  const cancel = onCancel ? (
    <Button variant="secondary" onClick={onCancel}>
      Cancel
    </Button>
  ) : null;
  return layout === 'end' ? (
    <div className="form-actions-end">
      {cancel}
      {submit}
    </div>
  ) : (
    <div className="form-actions">
      {submit}
      {cancel}
      {done === undefined ? null : (
        <span role="status" className="success small">
          {done ?? ''}
        </span>
      )}
      {children}
    </div>
  );
}
