import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { InstitutionSelect } from '../../../components/reference-select';
import { useForm } from '../../../components/use-form';
import { contactMethods, officialLanguages, participantKinds } from '../api/types';
import {
  validateParticipantForm,
  type ParticipantFormValues,
  type ValidParticipantForm,
} from './participant-form-schema';

interface ParticipantFormProps {
  mode: 'create' | 'edit';
  initialValues: ParticipantFormValues;
  onSubmit: (values: ValidParticipantForm) => void;
  submitting: boolean;
  /** The last API error, if any: field errors go to their fields, the rest to an alert. */
  error: unknown;
  cancelTo: string;
}

const fieldOrder = [
  'kind',
  'firstName',
  'lastName',
  'preferredLanguage',
  'offenderNumber',
  'institution',
  'institutionId',
  'contact.phone',
  'contact.email',
  'contact.postalAddress',
  'contact.preferredMethod',
  'contact.safeTimes',
  'contact.mayLeaveMessage',
] as const;

export function ParticipantForm({ mode, initialValues, onSubmit, submitting, error, cancelTo }: ParticipantFormProps) {
  const { t } = useTranslation();
  // A stale version (412) is explained by the edit page, with a button to reload.
  const form = useForm({ initial: initialValues, validate: validateParticipantForm, onValid: onSubmit, error, fields: fieldOrder, quietStatuses: [412] });
  const { values, set, errorFor } = form;
  const setContact = <K extends keyof ParticipantFormValues['contact']>(key: K) => (value: ParticipantFormValues['contact'][K]) =>
    form.setValues((v) => ({ ...v, contact: { ...v.contact, [key]: value } }));

  const isOffender = values.kind === 'OFFENDER';
  const kindOptions = participantKinds.map((k) => ({ value: k, label: t(`participants.kind.${k}`) }));
  const languageOptions = officialLanguages.map((l) => ({ value: l, label: t(`participants.language.${l}`) }));
  const methodOptions = contactMethods.map((m) => ({ value: m, label: t(`participants.contactMethod.${m}`) }));

  return (
    <form noValidate onSubmit={form.submit} data-testid="participant-form" className="ro-form">
      <FormProblems form={form} />

      {mode === 'create' ? (
        <SelectField
          name="kind"
          label={t('participants.fields.kind')}
          value={values.kind}
          onChange={set('kind')}
          options={kindOptions}
          placeholder={t('participants.choose')}
          error={errorFor('kind')}
          required
        />
      ) : (
        <p className="ro-readonly-field">
          <strong>{t('participants.fields.kind')}:</strong>{' '}
          {values.kind ? t(`participants.kind.${values.kind as (typeof participantKinds)[number]}`) : ''}
        </p>
      )}
      <TextField name="firstName" label={t('participants.fields.firstName')} value={values.firstName} onChange={set('firstName')} error={errorFor('firstName')} required autoComplete="off" />
      <TextField name="lastName" label={t('participants.fields.lastName')} value={values.lastName} onChange={set('lastName')} error={errorFor('lastName')} required autoComplete="off" />
      <SelectField
        name="preferredLanguage"
        label={t('participants.fields.preferredLanguage')}
        value={values.preferredLanguage}
        onChange={set('preferredLanguage')}
        options={languageOptions}
        placeholder={t('participants.choose')}
        error={errorFor('preferredLanguage')}
        required
      />

      {isOffender ? (
        <>
          <TextField
            name="offenderNumber"
            label={t('participants.fields.offenderNumber')}
            hint={t('participants.fields.offenderNumberHint')}
            value={values.offenderNumber}
            onChange={(v) => set('offenderNumber')(v.toUpperCase())}
            error={errorFor('offenderNumber')}
            required
          />
          <InstitutionSelect
            name="institutionId"
            label={t('participants.fields.institution')}
            hint={values.institutionId === '' && values.institution !== '' ? t('reference.recordedAs', { text: values.institution }) : undefined}
            value={values.institutionId}
            onChange={set('institutionId')}
            error={errorFor('institutionId') ?? errorFor('institution')}
          />
        </>
      ) : values.kind !== '' ? (
        <fieldset className="ro-fieldset" data-testid="contact-fieldset">
          <legend>{t('participants.fields.contact')}</legend>
          <p className="ro-hint">{t('participants.fields.contactHint')}</p>
          <TextField name="contact.phone" type="tel" label={t('participants.fields.phone')} value={values.contact.phone} onChange={setContact('phone')} error={errorFor('contact.phone')} />
          <TextField name="contact.email" type="email" label={t('participants.fields.email')} value={values.contact.email} onChange={setContact('email')} error={errorFor('contact.email')} />
          <TextField name="contact.postalAddress" multiline label={t('participants.fields.postalAddress')} value={values.contact.postalAddress} onChange={setContact('postalAddress')} error={errorFor('contact.postalAddress')} />
          <SelectField
            name="contact.preferredMethod"
            label={t('participants.fields.preferredMethod')}
            value={values.contact.preferredMethod}
            onChange={setContact('preferredMethod')}
            options={methodOptions}
            placeholder={t('participants.choose')}
            error={errorFor('contact.preferredMethod')}
          />
          <TextField name="contact.safeTimes" multiline label={t('participants.fields.safeTimes')} value={values.contact.safeTimes} onChange={setContact('safeTimes')} error={errorFor('contact.safeTimes')} />
          <CheckboxField name="contact.mayLeaveMessage" label={t('participants.fields.mayLeaveMessage')} checked={values.contact.mayLeaveMessage} onChange={setContact('mayLeaveMessage')} error={errorFor('contact.mayLeaveMessage')} />
        </fieldset>
      ) : null}

      <FormActions submitLabel={t('participants.save')} testId="save-participant" submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
