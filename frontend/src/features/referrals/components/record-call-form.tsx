import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroupField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { RegionSelect } from '../../../components/reference-select';
import { useForm } from '../../../components/use-form';
import { channels, federalSentences, harmedPersonKinds, victimRegistrations, type ParticipantSummary } from '../api/types';
import { ParticipantPicker } from './participant-picker';
import { emptyRecordCall, validateRecordCall, type RecordCallValues, type ValidRecordCall } from './record-call-schema';

interface RecordCallFormProps {
  onSubmit: (values: ValidRecordCall) => void;
  submitting: boolean;
  error: unknown;
}

const fieldOrder = [
  'channel',
  'participantId',
  'newParticipant.kind',
  'newParticipant.firstName',
  'newParticipant.lastName',
  'newParticipant.preferredLanguage',
  'newParticipant.contact.phone',
  'newParticipant.contact.email',
  'newParticipant.contact.postalAddress',
  'newParticipant.contact.preferredMethod',
  'newParticipant.contact.safeTimes',
  'newParticipant.contact.mayLeaveMessage',
  'offenderNumber',
  'offenderFirstName',
  'offenderLastName',
  'regionId',
  'victimRegistration',
  'federalSentence',
  'notes',
] as const;

/** A harmed person's call (or letter, e-mail, visit), quick to fill while they talk. */
export function RecordCallForm({ onSubmit, submitting, error }: RecordCallFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initial: emptyRecordCall, validate: validateRecordCall, onValid: onSubmit, error, fields: fieldOrder });
  const { values, setValues, errorFor } = form;
  const [picked, setPicked] = useState<ParticipantSummary | undefined>();

  const set = (key: 'channel' | 'offenderNumber' | 'offenderFirstName' | 'offenderLastName' | 'regionId' | 'victimRegistration' | 'federalSentence' | 'notes') => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const setPerson = (key: 'kind' | 'firstName' | 'lastName' | 'preferredLanguage') => (value: string) =>
    setValues((v) => ({ ...v, newParticipant: { ...v.newParticipant, [key]: value } }));
  const setContact = <K extends keyof RecordCallValues['newParticipant']['contact']>(key: K) => (value: RecordCallValues['newParticipant']['contact'][K]) =>
    setValues((v) => ({ ...v, newParticipant: { ...v.newParticipant, contact: { ...v.newParticipant.contact, [key]: value } } }));

  const np = values.newParticipant;

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-form--wide" data-testid="record-call-form">
      <FormProblems form={form} />

      <RadioGroupField
        name="channel"
        legend={t('referrals.fields.channel')}
        value={values.channel}
        onChange={set('channel')}
        options={channels.map((c) => ({ value: c, label: t(`referrals.channel.${c}`) }))}
        error={errorFor('channel')}
        inline
        required
      />

      <RadioGroupField
        name="person"
        legend={t('referrals.call.who')}
        value={values.person}
        onChange={(v) => setValues((s) => ({ ...s, person: v === 'existing' ? 'existing' : 'new' }))}
        options={[
          { value: 'new', label: t('referrals.call.newPerson') },
          { value: 'existing', label: t('referrals.call.existingPerson') },
        ]}
        inline
      />

      {values.person === 'existing' ? (
        <ParticipantPicker
          selected={picked}
          error={errorFor('participantId')}
          onSelect={(p) => {
            setPicked(p);
            setValues((v) => ({ ...v, participantId: p?.id ?? '' }));
          }}
        />
      ) : (
        <fieldset className="ro-fieldset" data-testid="new-person">
          <legend>{t('referrals.call.personLegend')}</legend>
          <RadioGroupField
            name="newParticipant.kind"
            legend={t('participants.fields.kind')}
            value={np.kind}
            onChange={setPerson('kind')}
            options={harmedPersonKinds.map((k) => ({ value: k, label: t(`participants.kind.${k}`) }))}
            error={errorFor('newParticipant.kind')}
            inline
            required
          />
          <div className="ro-grid-2">
            <TextField name="newParticipant.firstName" label={t('participants.fields.firstName')} value={np.firstName} onChange={setPerson('firstName')} error={errorFor('newParticipant.firstName')} required autoComplete="off" />
            <TextField name="newParticipant.lastName" label={t('participants.fields.lastName')} value={np.lastName} onChange={setPerson('lastName')} error={errorFor('newParticipant.lastName')} required autoComplete="off" />
          </div>
          <RadioGroupField
            name="newParticipant.preferredLanguage"
            legend={t('participants.fields.preferredLanguage')}
            value={np.preferredLanguage}
            onChange={setPerson('preferredLanguage')}
            options={(['EN', 'FR'] as const).map((l) => ({ value: l, label: t(`participants.language.${l}`) }))}
            error={errorFor('newParticipant.preferredLanguage')}
            inline
            required
          />
          <TextField name="newParticipant.contact.phone" type="tel" label={t('referrals.call.phone')} value={np.contact.phone} onChange={setContact('phone')} error={errorFor('newParticipant.contact.phone')} autoComplete="off" />
          <TextField name="newParticipant.contact.email" type="email" label={t('participants.fields.email')} value={np.contact.email} onChange={setContact('email')} error={errorFor('newParticipant.contact.email')} autoComplete="off" />
          <TextField name="newParticipant.contact.postalAddress" multiline label={t('participants.fields.postalAddress')} value={np.contact.postalAddress} onChange={setContact('postalAddress')} error={errorFor('newParticipant.contact.postalAddress')} />
          <RadioGroupField
            name="newParticipant.contact.preferredMethod"
            legend={t('participants.fields.preferredMethod')}
            value={np.contact.preferredMethod}
            onChange={setContact('preferredMethod')}
            options={(['PHONE', 'EMAIL', 'MAIL'] as const).map((m) => ({ value: m, label: t(`participants.contactMethod.${m}`) }))}
            error={errorFor('newParticipant.contact.preferredMethod')}
            inline
          />
          <TextField name="newParticipant.contact.safeTimes" label={t('participants.fields.safeTimes')} value={np.contact.safeTimes} onChange={setContact('safeTimes')} error={errorFor('newParticipant.contact.safeTimes')} />
          <CheckboxField name="newParticipant.contact.mayLeaveMessage" label={t('participants.fields.mayLeaveMessage')} checked={np.contact.mayLeaveMessage} onChange={setContact('mayLeaveMessage')} error={errorFor('newParticipant.contact.mayLeaveMessage')} />
        </fieldset>
      )}

      <TextField
        name="offenderNumber"
        label={t('referrals.fields.offenderNumberAsked')}
        hint={t('referrals.call.offenderNumberHint')}
        value={values.offenderNumber}
        onChange={(v) => set('offenderNumber')(v.toUpperCase())}
        error={errorFor('offenderNumber')}
        autoComplete="off"
      />
      {values.offenderNumber === '' ? (
        <fieldset className="ro-fieldset" data-testid="offender-by-name">
          <legend>{t('referrals.call.offenderByName')}</legend>
          <p className="ro-hint">{t('referrals.call.offenderByNameHint')}</p>
          <div className="ro-grid-2">
            <TextField name="offenderFirstName" label={t('referrals.call.offenderFirstName')} value={values.offenderFirstName} onChange={set('offenderFirstName')} error={errorFor('offenderFirstName')} autoComplete="off" />
            <TextField name="offenderLastName" label={t('referrals.call.offenderLastName')} value={values.offenderLastName} onChange={set('offenderLastName')} error={errorFor('offenderLastName')} autoComplete="off" />
          </div>
        </fieldset>
      ) : null}
      <RegionSelect name="regionId" label={t('reference.fields.region')} value={values.regionId} onChange={set('regionId')} error={errorFor('regionId')} />
      <RadioGroupField
        name="victimRegistration"
        legend={t('referrals.fields.victimRegistration')}
        value={values.victimRegistration}
        onChange={set('victimRegistration')}
        options={victimRegistrations.map((r) => ({ value: r, label: t(`referrals.registration.${r}`) }))}
        error={errorFor('victimRegistration')}
        required
      />
      <RadioGroupField
        name="federalSentence"
        legend={t('referrals.eligibility.question')}
        hint={t('referrals.eligibility.hint')}
        value={values.federalSentence}
        onChange={set('federalSentence')}
        options={federalSentences.map((s) => ({ value: s, label: t(`referrals.eligibility.sentence.${s}`) }))}
        error={errorFor('federalSentence')}
        inline
        required
      />
      <TextField name="notes" multiline label={t('referrals.fields.notes')} value={values.notes} onChange={set('notes')} error={errorFor('notes')} />

      <FormActions submitLabel={t('referrals.call.save')} testId="save-call" submitting={submitting} cancelTo="/referrals" />
    </form>
  );
}
