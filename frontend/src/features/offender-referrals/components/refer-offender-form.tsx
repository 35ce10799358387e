import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroupField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { InstitutionSelect } from '../../../components/reference-select';
import { useForm } from '../../../components/use-form';
import { federalSentences } from '../api/types';
import { emptyReferOffender, validateReferOffender, type ValidReferOffender } from './refer-offender-schema';

const fieldOrder = [
  'offenderNumber',
  'offenderFirstName',
  'offenderLastName',
  'offenderPreferredLanguage',
  'institutionId',
  'federalSentence',
  'reasons',
  'safetyConcerns',
  'noContactCondition',
  'staffSupportsParticipation',
  'offenderTakesResponsibility',
] as const;

interface ReferOffenderFormProps {
  onSubmit: (values: ValidReferOffender) => void;
  submitting: boolean;
  error: unknown;
}

export function ReferOffenderForm({ onSubmit, submitting, error }: ReferOffenderFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initial: emptyReferOffender, validate: validateReferOffender, onValid: onSubmit, error, fields: fieldOrder });
  const { values, set, errorFor } = form;

  return (
    <form noValidate onSubmit={form.submit} className="ro-form" data-testid="refer-offender-form">
      <FormProblems form={form} />
      <fieldset className="ro-fieldset">
        <legend>{t('offenderReferrals.form.offenderLegend')}</legend>
        <TextField
          name="offenderNumber"
          label={t('participants.fields.offenderNumber')}
          hint={t('participants.fields.offenderNumberHint')}
          value={values.offenderNumber}
          onChange={(v) => set('offenderNumber')(v.toUpperCase())}
          error={errorFor('offenderNumber')}
          required
          autoComplete="off"
        />
        <TextField name="offenderFirstName" label={t('participants.fields.firstName')} value={values.offenderFirstName} onChange={set('offenderFirstName')} error={errorFor('offenderFirstName')} required autoComplete="off" />
        <TextField name="offenderLastName" label={t('participants.fields.lastName')} value={values.offenderLastName} onChange={set('offenderLastName')} error={errorFor('offenderLastName')} required autoComplete="off" />
        <RadioGroupField
          name="offenderPreferredLanguage"
          legend={t('participants.fields.preferredLanguage')}
          value={values.offenderPreferredLanguage}
          onChange={set('offenderPreferredLanguage')}
          options={(['EN', 'FR'] as const).map((l) => ({ value: l, label: t(`participants.language.${l}`) }))}
          error={errorFor('offenderPreferredLanguage')}
          inline
          required
        />
        <InstitutionSelect name="institutionId" label={t('participants.fields.institution')} value={values.institutionId} onChange={set('institutionId')} error={errorFor('institutionId')} required />
      </fieldset>
      <RadioGroupField
        name="federalSentence"
        legend={t('offenderReferrals.fields.federalSentence')}
        hint={t('offenderReferrals.fields.federalSentenceHint')}
        value={values.federalSentence}
        onChange={set('federalSentence')}
        options={federalSentences.map((s) => ({ value: s, label: t(`offenderReferrals.federalSentence.${s}`) }))}
        error={errorFor('federalSentence')}
        inline
        required
      />
      <TextField name="reasons" multiline label={t('offenderReferrals.fields.reasons')} value={values.reasons} onChange={set('reasons')} error={errorFor('reasons')} />
      <TextField name="safetyConcerns" multiline label={t('offenderReferrals.fields.safetyConcerns')} value={values.safetyConcerns} onChange={set('safetyConcerns')} error={errorFor('safetyConcerns')} />
      <CheckboxField name="hasNoContactCondition" label={t('offenderReferrals.fields.hasNoContactCondition')} checked={values.hasNoContactCondition} onChange={set('hasNoContactCondition')} />
      {values.hasNoContactCondition ? (
        <TextField name="noContactCondition" multiline label={t('offenderReferrals.fields.noContactCondition')} value={values.noContactCondition} onChange={set('noContactCondition')} error={errorFor('noContactCondition')} required />
      ) : null}
      <fieldset className="ro-fieldset ro-statements" data-testid="statements">
        <legend>{t('offenderReferrals.form.statementsLegend')}</legend>
        <p className="ro-hint">{t('offenderReferrals.form.statementsHint')}</p>
        <CheckboxField
          name="staffSupportsParticipation"
          label={t('offenderReferrals.fields.staffSupportsParticipation')}
          checked={values.staffSupportsParticipation}
          onChange={set('staffSupportsParticipation')}
          error={errorFor('staffSupportsParticipation')}
        />
        <CheckboxField
          name="offenderTakesResponsibility"
          label={t('offenderReferrals.fields.offenderTakesResponsibility')}
          checked={values.offenderTakesResponsibility}
          onChange={set('offenderTakesResponsibility')}
          error={errorFor('offenderTakesResponsibility')}
        />
      </fieldset>
      <FormActions submitLabel={t('offenderReferrals.form.submit')} testId="submit-referral" submitting={submitting} cancelTo="/offender-referrals" />
    </form>
  );
}
