import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxField, RadioGroupField, TextField } from '../../../components/form-fields';
import { useValidationText } from '../../../components/use-validation-text';
import { isApiError } from '../../../lib/api/problem';
import { emptyReferOffender, validateReferOffender, type ReferOffenderValues, type ValidReferOffender } from './refer-offender-schema';

const fieldOrder = [
  'offenderNumber',
  'offenderFirstName',
  'offenderLastName',
  'offenderPreferredLanguage',
  'institution',
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
  const translate = useValidationText();
  const [values, setValues] = useState<ReferOffenderValues>(emptyReferOffender);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(error) ? error.fieldErrors() : {};
  const shownServerFields = Object.keys(serverErrors).filter((f) => (fieldOrder as readonly string[]).includes(f));
  const violations = isApiError(error) ? (error.problem.errors ?? []) : [];
  const showGeneralAlert = error !== null && error !== undefined && !(violations.length > 0 && shownServerFields.length === violations.length);
  const errorFor = (field: string) => (clientErrors[field] ? translate(clientErrors[field]) : serverErrors[field]);
  const set =
    <K extends keyof ReferOffenderValues>(key: K) =>
    (value: ReferOffenderValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateReferOffender(values);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    setClientErrors({});
    onSubmit(result.values);
  };

  const summary = fieldOrder.map((field) => ({ field, message: errorFor(field) ?? '' })).filter((e) => e.message);

  return (
    <form noValidate onSubmit={submit} className="ro-form" data-testid="refer-offender-form">
      {showGeneralAlert ? <ErrorAlert error={error} shownFields={shownServerFields} /> : null}
      <ErrorSummary errors={summary} />
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
        <TextField name="institution" label={t('participants.fields.institution')} value={values.institution} onChange={set('institution')} error={errorFor('institution')} required />
      </fieldset>
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
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={submitting} data-testid="submit-referral">
          {submitting ? t('participants.saving') : t('offenderReferrals.form.submit')}
        </Button>
        <ButtonLink to="/offender-referrals" variant="secondary">
          {t('participants.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
