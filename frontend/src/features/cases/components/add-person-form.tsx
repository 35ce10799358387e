import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroupField, SelectField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm, type Validation } from '../../../components/use-form';
import { joinerKinds, type CaseView, type NewCaseParticipant, type ParticipantPage, type ParticipantKind } from '../api/types';
import { useCaseLabels } from './case-labels';
import { PersonFinder } from './person-finder';

type Person = ParticipantPage['items'][number];

export interface AddPersonValues {
  person: 'new' | 'existing';
  picked: Person | undefined;
  kind: ParticipantKind;
  firstName: string;
  lastName: string;
  preferredLanguage: string;
  phone: string;
  email: string;
  mayLeaveMessage: boolean;
  supports: string;
}

const empty: AddPersonValues = {
  person: 'new',
  picked: undefined,
  kind: 'SUPPORT_PERSON',
  firstName: '',
  lastName: '',
  preferredLanguage: '',
  phone: '',
  email: '',
  mayLeaveMessage: false,
  supports: '',
};

/** The form's fields, in order: the API's field errors go to them and the error summary lists them. */
const fields = [
  'participantId',
  'newParticipant.kind',
  'newParticipant.firstName',
  'newParticipant.lastName',
  'newParticipant.preferredLanguage',
  'newParticipant.contact.phone',
  'newParticipant.contact.email',
  'supports',
] as const;

const phonePattern = /^[0-9+() .x-]{7,40}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The request the form's values make, or the message key at each field the API would refuse. */
export function joiningRequest(v: AddPersonValues, view: CaseView): Validation<NewCaseParticipant> {
  const errors: Record<string, string> = {};
  const kind = v.person === 'existing' ? v.picked?.kind : v.kind;
  if (v.person === 'existing' && !v.picked) errors.participantId = 'validation.choosePerson';
  if (v.person === 'new') {
    for (const field of ['firstName', 'lastName'] as const) {
      if (!v[field].trim()) errors[`newParticipant.${field}`] = 'validation.required';
      else if (v[field].trim().length > 100) errors[`newParticipant.${field}`] = 'validation.tooLong#100';
    }
    if (!v.preferredLanguage) errors['newParticipant.preferredLanguage'] = 'validation.choose';
    if (v.phone.trim() && !phonePattern.test(v.phone.trim())) errors['newParticipant.contact.phone'] = 'validation.phone';
    if (v.email.trim() && !emailPattern.test(v.email.trim())) errors['newParticipant.contact.email'] = 'validation.email';
  }
  const supported = view.participants.find((p) => p.participantId === v.supports);
  if (kind === 'SUPPORT_PERSON' && !supported) errors.supports = 'validation.choose';
  if (Object.keys(errors).length || !kind) return { ok: false, errors };
  const body: NewCaseParticipant = { side: kind === 'SUPPORT_PERSON' && supported ? supported.side : 'HARMED' };
  if (kind === 'SUPPORT_PERSON') body.supports = v.supports;
  if (v.person === 'existing' && v.picked) {
    body.participantId = v.picked.id;
  } else {
    const phone = v.phone.trim();
    const email = v.email.trim();
    const contact = phone || email ? { ...(phone ? { phone } : {}), ...(email ? { email } : {}), mayLeaveMessage: v.mayLeaveMessage } : undefined;
    body.newParticipant = {
      kind: v.kind,
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      preferredLanguage: v.preferredLanguage as 'EN' | 'FR',
      ...(contact ? { contact } : {}),
    };
  }
  return { ok: true, values: body };
}

interface AddPersonFormProps {
  view: CaseView;
  onSubmit: (body: NewCaseParticipant) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

/**
 * A coordinator adds a person to the open case: someone already recorded, or someone new. A victim or family
 * member joins the harmed side; a support person supports an active participant, on that participant's side.
 */
export function AddPersonForm({ view, onSubmit, onCancel, submitting, error }: AddPersonFormProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const form = useForm({ initial: empty, validate: (v: AddPersonValues) => joiningRequest(v, view), onValid: onSubmit, error, fields });
  const { values, set, errorFor } = form;
  const kind = values.person === 'existing' ? values.picked?.kind : values.kind;
  const supportable = view.participants.filter((p) => p.status === 'ACTIVE' && p.kind !== 'SUPPORT_PERSON');
  const supported = view.participants.find((p) => p.participantId === values.supports);
  const side = kind === 'SUPPORT_PERSON' ? supported?.side : kind ? 'HARMED' : undefined;

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="add-person-form">
      <h3>{t('caseJoiners.title')}</h3>
      <p className="ro-hint">{t('caseJoiners.hint')}</p>
      <FormProblems form={form} />
      <RadioGroupField
        name="person"
        legend={t('caseJoiners.who')}
        value={values.person}
        onChange={(v) => set('person')(v as AddPersonValues['person'])}
        options={[
          { value: 'new', label: t('caseJoiners.newPerson') },
          { value: 'existing', label: t('caseJoiners.existingPerson') },
        ]}
        inline
      />
      {values.person === 'existing' ? (
        <PersonFinder excluded={view.participants.map((p) => p.participantId)} selected={values.picked} onSelect={set('picked')} error={errorFor('participantId')} />
      ) : (
        <>
          <SelectField
            name="newParticipant.kind"
            required
            label={t('participants.fields.kind')}
            value={values.kind}
            onChange={(v) => set('kind')(v as ParticipantKind)}
            options={joinerKinds.map((k) => ({ value: k, label: t(`participants.kind.${k}`) }))}
            error={errorFor('newParticipant.kind')}
          />
          <div className="ro-row">
            <TextField name="newParticipant.firstName" required label={t('participants.fields.firstName')} value={values.firstName} onChange={set('firstName')} error={errorFor('newParticipant.firstName')} />
            <TextField name="newParticipant.lastName" required label={t('participants.fields.lastName')} value={values.lastName} onChange={set('lastName')} error={errorFor('newParticipant.lastName')} />
          </div>
          <SelectField
            name="newParticipant.preferredLanguage"
            required
            label={t('participants.fields.preferredLanguage')}
            value={values.preferredLanguage}
            onChange={set('preferredLanguage')}
            placeholder={t('participants.choose')}
            options={(['EN', 'FR'] as const).map((l) => ({ value: l, label: t(`participants.language.${l}`) }))}
            error={errorFor('newParticipant.preferredLanguage')}
          />
          <div className="ro-row">
            <TextField name="newParticipant.contact.phone" type="tel" label={t('participants.fields.phone')} hint={t('participants.fields.contactHint')} value={values.phone} onChange={set('phone')} error={errorFor('newParticipant.contact.phone')} />
            <TextField name="newParticipant.contact.email" type="email" label={t('participants.fields.email')} value={values.email} onChange={set('email')} error={errorFor('newParticipant.contact.email')} />
          </div>
          <CheckboxField name="newParticipant.contact.mayLeaveMessage" label={t('participants.fields.mayLeaveMessage')} checked={values.mayLeaveMessage} onChange={set('mayLeaveMessage')} />
        </>
      )}
      {kind === 'SUPPORT_PERSON' ? (
        <SelectField
          name="supports"
          required
          label={t('caseJoiners.supports')}
          hint={t('caseJoiners.supportsHint')}
          value={values.supports}
          onChange={set('supports')}
          placeholder={t('participants.choose')}
          options={supportable.map((p) => ({ value: p.participantId, label: `${labels.name(p)} (${labels.side(p.side)})` }))}
          error={errorFor('supports')}
        />
      ) : null}
      {side ? (
        <p data-testid="join-side">
          {t('caseJoiners.side')} <strong>{labels.side(side)}</strong>
        </p>
      ) : null}
      <FormActions submitLabel={t('caseJoiners.save')} testId="save-person" submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
