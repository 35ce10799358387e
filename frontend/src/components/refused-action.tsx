import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../lib/api/schema';
import { Button } from './button';

export type RefusedAction = components['schemas']['RefusedAction'];

/** The refusal a read lists for this action now, if it lists one. */
export function refusalOf(view: { refusedActions: readonly RefusedAction[] }, action: string): RefusedAction | undefined {
  return view.refusedActions.find((r) => r.action === action);
}

interface RefusedButtonProps {
  label: string;
  refusal: RefusedAction;
  testId: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** An action the rules refuse now, shown disabled with the server's reason (in the reader's language) beside it. */
export function RefusedButton({ label, refusal, testId, variant = 'secondary' }: RefusedButtonProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  return (
    <span className="ro-refused">
      <Button variant={variant} disabled aria-describedby={reasonId} data-testid={testId} data-refused={refusal.reasonKey}>
        {label}
      </Button>
      <span id={reasonId} className="ro-hint" data-testid={`${testId}-reason`}>
        {t('offered.disabledBecause', { reason: refusal.reason })}
      </span>
    </span>
  );
}
