import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/form-fields';
import { isApiError } from '../../../lib/api/problem';

interface HoldFormProps {
  record: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** The reason for a legal hold: required, and the API's words at the field when it refuses it. */
export function HoldForm({ record, submitting, error, onSubmit, onCancel }: HoldFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const apiFieldError = isApiError(error) ? error.fieldErrors()['reason'] : undefined;
  return (
    <form
      className="ro-form"
      data-testid="hold-form"
      aria-label={t('disposal.hold.formLabel', { record })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setMissing(true);
          return;
        }
        setMissing(false);
        onSubmit(reason.trim());
      }}
    >
      <h2>{t('disposal.hold.formLabel', { record })}</h2>
      {error && !apiFieldError ? <ErrorAlert error={error} shownFields={['reason']} /> : null}
      <TextField
        name="reason"
        label={t('disposal.hold.reason')}
        hint={t('disposal.hold.reasonHint')}
        value={reason}
        onChange={setReason}
        required
        multiline
        error={missing ? t('disposal.hold.reasonRequired') : apiFieldError}
      />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={submitting} data-testid="save-hold">
          {t('disposal.hold.place')}
        </Button>
        <Button variant="secondary" onClick={onCancel} data-testid="cancel-hold">
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
