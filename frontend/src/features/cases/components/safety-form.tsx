import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxField, RadioGroupField, SelectField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import { riskLevels, type CaseParticipantView, type SafetyAssessmentView, type SafetyFindings } from '../api/types';
import { useCaseLabels } from './case-labels';

const text = z.string().trim().max(4000, 'validation.tooLong#4000');
const safetySchema = z.object({
  participantId: z.string().min(1, 'validation.required'),
  riskLevel: z.union([z.literal(''), z.enum(riskLevels)]),
  emotionalWellbeing: text,
  readiness: text,
  safetyMeasures: text,
  notSafeToProceed: z.boolean(),
  nextDue: z.union([z.literal(''), z.iso.date('validation.date')]),
});
export type SafetyValues = z.input<typeof safetySchema>;

export function safetyValuesFrom(a: SafetyAssessmentView | undefined, participantId = ''): SafetyValues {
  return {
    participantId: a?.participantId ?? participantId,
    riskLevel: a?.riskLevel ?? '',
    emotionalWellbeing: a?.emotionalWellbeing ?? '',
    readiness: a?.readiness ?? '',
    safetyMeasures: a?.safetyMeasures ?? '',
    notSafeToProceed: a?.notSafeToProceed ?? false,
    nextDue: a?.nextDue ?? '',
  };
}

interface SafetyFormProps {
  title: string;
  initial: SafetyValues;
  participants: readonly CaseParticipantView[];
  /** A revision keeps its participant; a new draft picks one. */
  participantFixed?: boolean;
  amends?: string | undefined;
  onSubmit: (body: SafetyFindings) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

/** A safety assessment's findings: risk, well-being, readiness, measures, not safe to proceed, next due date. */
export function SafetyForm({ title, initial, participants, participantFixed, amends, onSubmit, onCancel, submitting, error }: SafetyFormProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const form = useForm({ initial, validate: safetySchema, onValid: send, error });
  const { values, set, errorFor } = form;

  function send(v: z.output<typeof safetySchema>) {
    const body: SafetyFindings = { notSafeToProceed: v.notSafeToProceed };
    if (!participantFixed) body.participantId = v.participantId;
    if (v.riskLevel) body.riskLevel = v.riskLevel;
    if (v.emotionalWellbeing) body.emotionalWellbeing = v.emotionalWellbeing;
    if (v.readiness) body.readiness = v.readiness;
    if (v.safetyMeasures) body.safetyMeasures = v.safetyMeasures;
    if (v.nextDue) body.nextDue = v.nextDue;
    if (amends) body.amends = amends;
    onSubmit(body);
  }

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="safety-form">
      <h3>{title}</h3>
      <FormProblems form={form} />
      {participantFixed ? (
        <p>
          <strong>{t('cases.safety.fields.participant')}</strong> {(() => {
            const p = participants.find((x) => x.participantId === values.participantId);
            return p ? labels.name(p) : '';
          })()}
        </p>
      ) : (
        <SelectField
          name="participantId"
          required
          label={t('cases.safety.fields.participant')}
          value={values.participantId}
          onChange={set('participantId')}
          placeholder={t('cases.safety.choosePerson')}
          options={participants.map((p) => ({ value: p.participantId, label: `${labels.name(p)} (${labels.side(p.side)})` }))}
          error={errorFor('participantId')}
        />
      )}
      <RadioGroupField
        name="riskLevel"
        inline
        legend={t('cases.safety.fields.riskLevel')}
        hint={t('cases.safety.riskHint')}
        value={values.riskLevel}
        onChange={(v) => set('riskLevel')(v as SafetyValues['riskLevel'])}
        options={riskLevels.map((r) => ({ value: r, label: labels.risk(r) }))}
        error={errorFor('riskLevel')}
      />
      <TextField name="emotionalWellbeing" multiline label={t('cases.safety.fields.emotionalWellbeing')} value={values.emotionalWellbeing} onChange={set('emotionalWellbeing')} error={errorFor('emotionalWellbeing')} />
      <TextField name="readiness" multiline label={t('cases.safety.fields.readiness')} value={values.readiness} onChange={set('readiness')} error={errorFor('readiness')} />
      <TextField name="safetyMeasures" multiline label={t('cases.safety.fields.safetyMeasures')} value={values.safetyMeasures} onChange={set('safetyMeasures')} error={errorFor('safetyMeasures')} />
      <CheckboxField name="notSafeToProceed" label={t('cases.safety.fields.notSafeToProceed')} checked={values.notSafeToProceed} onChange={set('notSafeToProceed')} error={errorFor('notSafeToProceed')} />
      <TextField name="nextDue" type="date" label={t('cases.safety.fields.nextDue')} hint={t('cases.safety.nextDueHint')} value={values.nextDue} onChange={set('nextDue')} error={errorFor('nextDue')} />
      <FormActions submitLabel={t('cases.safety.saveDraft')} testId="save-safety-assessment" submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
