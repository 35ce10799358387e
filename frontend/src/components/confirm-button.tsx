import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

interface ConfirmButtonProps {
  label: string;
  /** The question asked before acting. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** A button that asks, in the page, before it acts: the question and "Yes" / "Cancel". */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, testId, variant = 'secondary' }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant={variant} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <div className="ro-confirm" role="group" aria-label={question} data-testid={`${testId}-confirm`}>
      <p className="ro-confirm__question">{question}</p>
      <div className="ro-actions ro-actions--tight">
        <Button
          variant={variant === 'secondary' ? 'primary' : variant}
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid={`${testId}-yes`}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)} data-testid={`${testId}-cancel`}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
