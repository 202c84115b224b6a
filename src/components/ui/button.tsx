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
