import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxField, RadioGroupField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import type { NotificationKind, NotificationSettings, NotificationSettingsView } from '../api/notification-settings';

const settingsSchema = z
  .object({
    emailEnabled: z.boolean(),
    kinds: z.array(z.string()),
    frequency: z.enum(['IMMEDIATE', 'DAILY_DIGEST']),
    language: z.enum(['en', 'fr']),
  })
  .refine((s) => !s.emailEnabled || s.kinds.length > 0, { path: ['kinds'], message: 'validation.choose' });

interface NotificationSettingsFormProps {
  settings: NotificationSettingsView;
  onSubmit: (body: NotificationSettings) => void;
  submitting: boolean;
  error: unknown;
}

const fields = ['emailEnabled', 'kinds', 'frequency', 'language'] as const;

/** Which notices the person gets: e-mail on or off, the kinds of work of their role, how often, in which language. */
export function NotificationSettingsForm({ settings, onSubmit, submitting, error }: NotificationSettingsFormProps) {
  const { t } = useTranslation();
  const initial = { emailEnabled: settings.emailEnabled, kinds: settings.kinds as string[], frequency: settings.frequency, language: settings.language };
  const form = useForm({
    initial,
    validate: settingsSchema,
    onValid: (values) => onSubmit(values as NotificationSettings),
    error,
    fields,
    quietStatuses: [412],
  });
  const { values, set, errorFor } = form;
  const kindsId = 'field-kinds';
  const kindsError = errorFor('kinds');
  const toggle = (kind: NotificationKind, checked: boolean) =>
    set('kinds')(settings.availableKinds.filter((k) => (k === kind ? checked : values.kinds.includes(k))));

  return (
    <form noValidate onSubmit={form.submit} className="ro-form ro-panel" data-testid="notification-settings-form">
      <FormProblems form={form} />
      <CheckboxField name="emailEnabled" label={t('notifications.fields.emailEnabled')} checked={values.emailEnabled} onChange={set('emailEnabled')} error={errorFor('emailEnabled')} />
      <p className="ro-hint" data-testid="notification-address">
        {settings.email ? t('notifications.address', { email: settings.email }) : t('notifications.addressUnknown')}
      </p>
      <fieldset id={kindsId} className={`ro-field${kindsError ? ' ro-field--error' : ''}`} aria-describedby={`${kindsId}-hint${kindsError ? ` ${kindsId}-error` : ''}`} data-testid={kindsId}>
        <legend className="ro-label">{t('notifications.fields.kinds')}</legend>
        <p className="ro-hint" id={`${kindsId}-hint`}>
          {t('notifications.kindsHint')}
        </p>
        {kindsError ? (
          <p className="ro-error-message" id={`${kindsId}-error`} data-testid={`${kindsId}-error`}>
            {kindsError}
          </p>
        ) : null}
        {settings.availableKinds.map((kind) => {
          const optionId = `${kindsId}-${kind}`;
          return (
            <div key={kind} className="ro-checkbox">
              <input id={optionId} type="checkbox" name="kinds" value={kind} checked={values.kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} data-testid={optionId} />
              <label htmlFor={optionId}>{t(`notifications.kinds.${kind}`)}</label>
            </div>
          );
        })}
      </fieldset>
      <RadioGroupField
        name="frequency"
        legend={t('notifications.fields.frequency')}
        value={values.frequency}
        onChange={(v) => set('frequency')(v as NotificationSettings['frequency'])}
        options={[
          { value: 'IMMEDIATE', label: t('notifications.frequency.IMMEDIATE') },
          { value: 'DAILY_DIGEST', label: t('notifications.frequency.DAILY_DIGEST') },
        ]}
        error={errorFor('frequency')}
      />
      <RadioGroupField
        name="language"
        legend={t('notifications.fields.language')}
        value={values.language}
        onChange={(v) => set('language')(v as NotificationSettings['language'])}
        options={[
          { value: 'en', label: t('notifications.language.en') },
          { value: 'fr', label: t('notifications.language.fr') },
        ]}
        error={errorFor('language')}
      />
      <FormActions submitLabel={t('notifications.save')} testId="save-notification-settings" submitting={submitting} cancelTo="/" />
    </form>
  );
}
