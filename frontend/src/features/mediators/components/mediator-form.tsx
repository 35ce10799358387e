import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { RegionSelect } from '../../../components/reference-select';
import { useForm } from '../../../components/use-form';
import { mediatorLanguages, type MediatorEntry, type MediatorView } from '../api/types';
import { LanguagesField } from './languages-field';

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max, `validation.tooLong#${max}`);
const mediatorSchema = z.object({
  username: required(100).regex(/^[A-Za-z0-9._@-]+$/, 'validation.username'),
  displayName: required(200),
  languages: z.array(z.enum(mediatorLanguages)).min(1, 'validation.choose'),
  regionId: z.string().min(1, 'validation.choose'),
  active: z.boolean(),
});
type MediatorValues = { username: string; displayName: string; languages: MediatorEntry['languages']; regionId: string; active: boolean };

export function mediatorValuesFrom(m: MediatorView | undefined): MediatorValues {
  return { username: m?.username ?? '', displayName: m?.displayName ?? '', languages: m?.languages ?? [], regionId: m?.regionId ?? '', active: m?.active ?? true };
}

interface MediatorFormProps {
  title: string;
  initial: MediatorValues;
  /** Editing keeps the user name. */
  editing?: boolean;
  onSubmit: (body: MediatorEntry) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

export function MediatorForm({ title, initial, editing, onSubmit, onCancel, submitting, error }: MediatorFormProps) {
  const { t } = useTranslation();
  const form = useForm({ initial, validate: mediatorSchema, onValid: onSubmit, error });
  const { values, set, errorFor } = form;

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="mediator-form">
      <h2>{title}</h2>
      <FormProblems form={form} />
      {editing ? (
        <p>
          <strong>{t('mediators.fields.username')}</strong> {values.username}
        </p>
      ) : (
        <TextField name="username" required label={t('mediators.fields.username')} hint={t('mediators.usernameHint')} value={values.username} onChange={set('username')} error={errorFor('username')} />
      )}
      <TextField name="displayName" required label={t('mediators.fields.displayName')} value={values.displayName} onChange={set('displayName')} error={errorFor('displayName')} />
      <LanguagesField value={values.languages} onChange={set('languages')} error={errorFor('languages')} />
      <RegionSelect name="regionId" required label={t('mediators.fields.region')} value={values.regionId} onChange={set('regionId')} error={errorFor('regionId') ?? errorFor('region')} />
      <CheckboxField name="active" label={t('mediators.fields.active')} checked={values.active} onChange={set('active')} error={errorFor('active')} />
      <FormActions submitLabel={t('mediators.save')} testId="save-mediator" submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
