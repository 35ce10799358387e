import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RadioGroupField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import { suitabilityOutcomes, type SuitabilityAssessmentView, type SuitabilityFindings } from '../api/types';

const text = z.string().trim().max(4000, 'validation.tooLong#4000');
const findingsSchema = z.object({
  appropriateness: text,
  motivation: text,
  acceptanceOfResponsibility: text,
  notes: text,
  outcome: z.union([z.literal(''), z.enum(suitabilityOutcomes)]),
});
type FindingsValues = z.input<typeof findingsSchema>;

export function findingsFrom(a: SuitabilityAssessmentView | undefined): FindingsValues {
  return {
    appropriateness: a?.appropriateness ?? '',
    motivation: a?.motivation ?? '',
    acceptanceOfResponsibility: a?.acceptanceOfResponsibility ?? '',
    notes: a?.notes ?? '',
    outcome: a?.outcome ?? '',
  };
}

interface SuitabilityFormProps {
  title: string;
  initial: FindingsValues;
  /** Set for a correction: the finalised assessment it amends. */
  amends?: string | undefined;
  onSubmit: (body: SuitabilityFindings) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

/** A draft's findings: the request's appropriateness, the offender's motivation and acceptance of responsibility, the outcome. */
export function SuitabilityForm({ title, initial, amends, onSubmit, onCancel, submitting, error }: SuitabilityFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initial, validate: findingsSchema, onValid: send, error });
  const { values, errorFor } = form;
  const set = (key: keyof FindingsValues) => (value: string) => form.setValues((v) => ({ ...v, [key]: value }));

  function send(v: z.output<typeof findingsSchema>) {
    const body: SuitabilityFindings = {};
    if (v.appropriateness) body.appropriateness = v.appropriateness;
    if (v.motivation) body.motivation = v.motivation;
    if (v.acceptanceOfResponsibility) body.acceptanceOfResponsibility = v.acceptanceOfResponsibility;
    if (v.notes) body.notes = v.notes;
    if (v.outcome) body.outcome = v.outcome;
    if (amends) body.amends = amends;
    onSubmit(body);
  }

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="suitability-form">
      <h3>{title}</h3>
      <FormProblems form={form} />
      <TextField name="appropriateness" multiline label={t('referrals.suitability.fields.appropriateness')} value={values.appropriateness} onChange={set('appropriateness')} error={errorFor('appropriateness')} />
      <TextField name="motivation" multiline label={t('referrals.suitability.fields.motivation')} value={values.motivation} onChange={set('motivation')} error={errorFor('motivation')} />
      <TextField
        name="acceptanceOfResponsibility"
        multiline
        label={t('referrals.suitability.fields.acceptanceOfResponsibility')}
        value={values.acceptanceOfResponsibility}
        onChange={set('acceptanceOfResponsibility')}
        error={errorFor('acceptanceOfResponsibility')}
      />
      <TextField name="notes" multiline label={t('referrals.suitability.fields.notes')} value={values.notes} onChange={set('notes')} error={errorFor('notes')} />
      <RadioGroupField
        name="outcome"
        legend={t('referrals.suitability.fields.outcome')}
        hint={t('referrals.suitability.outcomeHint')}
        value={values.outcome}
        onChange={set('outcome')}
        options={suitabilityOutcomes.map((o) => ({ value: o, label: t(`referrals.suitability.outcome.${o}`) }))}
        error={errorFor('outcome')}
      />
      <FormActions submitLabel={t('referrals.suitability.saveDraft')} testId="save-assessment" submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
