import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'danger';

interface Look {
  /** The GC Design System's button role: primary (the page's main action), secondary, or danger. */
  variant?: Variant;
  size?: 'small';
}

function buttonClass({ variant = 'secondary', size }: Look): string {
  return `ro-button ro-button--${variant}${size ? ` ro-button--${size}` : ''}`;
}

type ButtonProps = Look & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'>;

/** The portal's button, styled with the GC Design System's tokens; `type="button"` unless it submits a form. */
export function Button({ variant, size, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size })} {...rest} />;
}

type ButtonLinkProps = Look & Omit<LinkProps, 'className'>;

/** A link to another page that looks like a button (e.g. "Cancel" back to a list). */
export function ButtonLink({ variant, size, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClass({ variant, size })} {...rest} />;
}
