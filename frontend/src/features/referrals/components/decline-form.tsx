import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextField } from '../../../components/form-fields';
import { issuesByField, useValidationText } from '../../../components/use-validation-text';
import { isApiError } from '../../../lib/api/problem';
import { declineReasons, type Decline } from '../api/types';

const declineSchema = z
  .object({
    reason: z.enum(declineReasons, { message: 'validation.chooseReason' }),
    details: z.string().trim().max(2000, 'validation.tooLong#2000'),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'OTHER' && v.details === '') ctx.addIssue({ code: 'custom', path: ['details'], message: 'validation.otherNeedsDetails' });
  });

interface DeclineFormProps {
  onSubmit: (body: Decline) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

/** The program's reason for not going ahead; "another reason" needs details. */
export function DeclineForm({ onSubmit, onCancel, submitting, error }: DeclineFormProps) {
  const { t } = useTranslation();
  const translate = useValidationText();
  const [reason, setReason] = useState('');
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = isApiError(error) ? error.fieldErrors() : {};
  const errorFor = (f: string) => (errors[f] ? translate(errors[f]) : server[f]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = declineSchema.safeParse({ reason, details });
    if (!result.success) {
      setErrors(issuesByField(result.error.issues));
      return;
    }
    setErrors({});
    onSubmit(result.data.details ? { reason: result.data.reason, details: result.data.details } : { reason: result.data.reason });
  };

  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="decline-form">
      <h3>{t('referrals.actions.declineTitle')}</h3>
      {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
      <SelectField
        name="reason"
        label={t('referrals.fields.declineReason')}
        value={reason}
        onChange={setReason}
        options={declineReasons.map((r) => ({ value: r, label: t(`referrals.declineReason.${r}`) }))}
        placeholder={t('participants.choose')}
        error={errorFor('reason')}
        required
      />
      <TextField name="details" multiline label={t('referrals.fields.declineDetails')} hint={t('referrals.actions.declineDetailsHint')} value={details} onChange={setDetails} error={errorFor('details')} required={reason === 'OTHER'} />
      <div className="ro-actions">
        <Button type="submit" variant="danger" disabled={submitting} data-testid="confirm-decline">
          {t('referrals.actions.declineConfirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
