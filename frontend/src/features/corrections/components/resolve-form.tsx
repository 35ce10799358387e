import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RadioGroupField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import { correctionOutcomes, type CorrectionResolution } from '../api/types';

const resolveSchema = z.object({
  outcome: z.enum(correctionOutcomes, { message: 'validation.choose' }),
  note: z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong#4000'),
});

interface ResolveFormProps {
  onSubmit: (body: CorrectionResolution) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

/** Corrected (the record was corrected through its own page first) or annotated as disputed, with a note. */
export function ResolveForm({ onSubmit, onCancel, submitting, error }: ResolveFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initial: { outcome: '', note: '' },
    validate: resolveSchema,
    onValid: (v) => onSubmit(v),
    error,
  });
  const { values, set, errorFor } = form;
  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="resolve-form">
      <h3>{t('corrections.resolveTitle')}</h3>
      <FormProblems form={form} />
      <RadioGroupField
        name="outcome"
        legend={t('corrections.fields.outcome')}
        hint={t('corrections.fields.outcomeHint')}
        value={values.outcome}
        onChange={set('outcome')}
        options={correctionOutcomes.map((o) => ({ value: o, label: t(`corrections.outcome.${o}`) }))}
        error={errorFor('outcome')}
        required
      />
      <TextField name="note" multiline label={t('corrections.fields.note')} value={values.note} onChange={set('note')} error={errorFor('note')} required />
      <FormActions submitLabel={t('corrections.resolve')} testId="confirm-resolve" submitting={submitting} keepLabel onCancel={onCancel} />
    </form>
  );
}
