import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import type { NewCorrection, RecordType } from '../api/types';
import { useFieldLabel } from '../../../components/correction-labels';

const correctionSchema = z.object({
  field: z.string(),
  whatIsWrong: z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong#4000'),
  whatIsAsked: z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong#4000'),
});

interface CorrectionFormProps {
  participantId: string;
  recordType: RecordType;
  recordId: string;
  /** The fields of the record the person may dispute; none chosen: the record as a whole. */
  fields: readonly string[];
  onSubmit: (body: NewCorrection) => void;
  cancelTo: string;
  submitting: boolean;
  error: unknown;
}

/** What the person disputes (a field, or the record as a whole), what they say is wrong and what they ask. */
export function CorrectionForm({ participantId, recordType, recordId, fields, onSubmit, cancelTo, submitting, error }: CorrectionFormProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const form = useForm({
    initial: { field: '', whatIsWrong: '', whatIsAsked: '' },
    validate: correctionSchema,
    fields: ['field', 'whatIsWrong', 'whatIsAsked'],
    onValid: (v) =>
      onSubmit({ participantId, recordType, recordId, ...(v.field ? { field: v.field } : {}), whatIsWrong: v.whatIsWrong, whatIsAsked: v.whatIsAsked }),
    error,
  });
  const { values, set, errorFor } = form;
  return (
    <form noValidate onSubmit={form.submit} className="ro-form" data-testid="correction-form">
      <FormProblems form={form} />
      <SelectField
        name="field"
        label={t('corrections.fields.field')}
        hint={t('corrections.fields.fieldHint')}
        value={values.field}
        onChange={set('field')}
        options={fields.map((f) => ({ value: f, label: fieldLabel(recordType, f) }))}
        placeholder={t('corrections.wholeRecord')}
        error={errorFor('field')}
      />
      <TextField name="whatIsWrong" multiline label={t('corrections.fields.whatIsWrong')} value={values.whatIsWrong} onChange={set('whatIsWrong')} error={errorFor('whatIsWrong')} required />
      <TextField name="whatIsAsked" multiline label={t('corrections.fields.whatIsAsked')} value={values.whatIsAsked} onChange={set('whatIsAsked')} error={errorFor('whatIsAsked')} required />
      <FormActions submitLabel={t('corrections.record')} testId="save-correction" submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
