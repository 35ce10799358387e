import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { CheckboxField, SelectField, TextField } from '../../../components/form-fields';
import { issuesByField, useValidationText } from '../../../components/use-validation-text';
import { isApiError } from '../../../lib/api/problem';
import { mediatorLanguages, type MediatorEntry, type MediatorView } from '../api/types';

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max, `validation.tooLong#${max}`);
const mediatorSchema = z.object({
  username: required(100).regex(/^[A-Za-z0-9._@-]+$/, 'validation.username'),
  displayName: required(200),
  languages: z.enum(mediatorLanguages, 'validation.choose'),
  region: required(100),
  active: z.boolean(),
});
type MediatorValues = { username: string; displayName: string; languages: string; region: string; active: boolean };

export function mediatorValuesFrom(m: MediatorView | undefined): MediatorValues {
  return { username: m?.username ?? '', displayName: m?.displayName ?? '', languages: m?.languages ?? '', region: m?.region ?? '', active: m?.active ?? true };
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
  const translate = useValidationText();
  const [values, setValues] = useState<MediatorValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = isApiError(error) ? error.fieldErrors() : {};
  const errorFor = (f: string) => (errors[f] ? translate(errors[f]) : server[f]);
  const set =
    <K extends keyof MediatorValues>(key: K) =>
    (value: MediatorValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = mediatorSchema.safeParse(values);
    if (!result.success) {
      setErrors(issuesByField(result.error.issues));
      return;
    }
    setErrors({});
    onSubmit(result.data);
  };

  return (
    <form noValidate onSubmit={submit} className="ro-form ro-panel" data-testid="mediator-form">
      <h2>{title}</h2>
      {error && !(isApiError(error) && Object.keys(server).length > 0) ? <ErrorAlert error={error} /> : null}
      {editing ? (
        <p>
          <strong>{t('mediators.fields.username')}</strong> {values.username}
        </p>
      ) : (
        <TextField name="username" required label={t('mediators.fields.username')} hint={t('mediators.usernameHint')} value={values.username} onChange={set('username')} error={errorFor('username')} />
      )}
      <TextField name="displayName" required label={t('mediators.fields.displayName')} value={values.displayName} onChange={set('displayName')} error={errorFor('displayName')} />
      <SelectField
        name="languages"
        required
        label={t('mediators.fields.languages')}
        value={values.languages}
        onChange={set('languages')}
        placeholder={t('mediators.chooseLanguages')}
        options={mediatorLanguages.map((l) => ({ value: l, label: t(`mediators.languages.${l === 'EN,FR' ? 'BOTH' : l}`) }))}
        error={errorFor('languages')}
      />
      <TextField name="region" required label={t('mediators.fields.region')} value={values.region} onChange={set('region')} error={errorFor('region')} />
      <CheckboxField name="active" label={t('mediators.fields.active')} checked={values.active} onChange={set('active')} error={errorFor('active')} />
      <div className="ro-actions">
        <Button type="submit" variant="primary" disabled={submitting} data-testid="save-mediator">
          {submitting ? t('participants.saving') : t('mediators.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
