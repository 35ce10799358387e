import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
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
  const form = useForm({
    initial: { reason: '', details: '' },
    validate: declineSchema,
    onValid: (v) => onSubmit(v.details ? { reason: v.reason, details: v.details } : { reason: v.reason }),
    error,
  });
  const { values, set, errorFor } = form;
  const { reason, details } = values;

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="decline-form">
      <h3>{t('referrals.actions.declineTitle')}</h3>
      <FormProblems form={form} />
      <SelectField
        name="reason"
        label={t('referrals.fields.declineReason')}
        value={reason}
        onChange={set('reason')}
        options={declineReasons.map((r) => ({ value: r, label: t(`referrals.declineReason.${r}`) }))}
        placeholder={t('participants.choose')}
        error={errorFor('reason')}
        required
      />
      <TextField name="details" multiline label={t('referrals.fields.declineDetails')} hint={t('referrals.actions.declineDetailsHint')} value={details} onChange={set('details')} error={errorFor('details')} required={reason === 'OTHER'} />
      <FormActions submitLabel={t('referrals.actions.declineConfirm')} testId="confirm-decline" submitting={submitting} keepLabel variant="danger" onCancel={onCancel} />
    </form>
  );
}
