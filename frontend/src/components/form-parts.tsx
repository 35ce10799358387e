import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from './button';
import { ErrorAlert } from './error-alert';
import { ErrorSummary } from './error-summary';
import type { FormState } from './use-form';

/** A form's general alert (what no field shows) and its error summary, at the top of the form. */
export function FormProblems({ form }: { form: FormState }) {
  return (
    <>
      {form.alert !== undefined ? <ErrorAlert error={form.alert} shownFields={form.shownFields} /> : null}
      <ErrorSummary errors={form.summary} />
    </>
  );
}

interface FormActionsProps {
  submitLabel: string;
  testId: string;
  /** Sending: the submit button is disabled and says "Saving…" (unless `keepLabel`). */
  submitting: boolean;
  keepLabel?: boolean;
  variant?: 'primary' | 'danger';
  /** Cancel goes back to a page (a link) or closes the form in the page. */
  cancelTo?: string;
  onCancel?: () => void;
}

/** The submit button and "Cancel" under a form. */
export function FormActions({ submitLabel, testId, submitting, keepLabel, variant = 'primary', cancelTo, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="ro-actions">
      <Button type="submit" variant={variant} disabled={submitting} data-testid={testId}>
        {submitting && !keepLabel ? t('participants.saving') : submitLabel}
      </Button>
      {cancelTo !== undefined ? (
        <ButtonLink to={cancelTo} variant="secondary">
          {t('participants.cancel')}
        </ButtonLink>
      ) : (
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </div>
  );
}
