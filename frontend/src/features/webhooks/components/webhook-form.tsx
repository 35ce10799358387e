import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxField, TextField } from '../../../components/form-fields';
import { FormActions, FormProblems } from '../../../components/form-parts';
import { useForm } from '../../../components/use-form';
import { useValidationText } from '../../../components/use-validation-text';
import { eventTypes, type EventType, type WebhookView } from '../api/webhooks';
import { EventTypesField } from './event-types-field';

const webhookSchema = z.object({
  url: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong#2000').regex(/^https?:\/\/\S+$/i, 'webhooks.validation.url'),
  description: z.string().trim().max(200, 'validation.tooLong#200'),
  integration: z.string().trim().max(100, 'validation.tooLong#100'),
  eventTypes: z.array(z.enum(eventTypes)).min(1, 'validation.choose'),
  active: z.boolean(),
});

export interface WebhookValues {
  url: string;
  description: string;
  integration: string;
  eventTypes: EventType[];
  active: boolean;
}

export function webhookValuesFrom(w: WebhookView | undefined): WebhookValues {
  return { url: w?.url ?? '', description: w?.description ?? '', integration: w?.integration ?? '', eventTypes: w?.eventTypes ?? [], active: w?.active ?? true };
}

const fields = ['url', 'description', 'integration', 'eventTypes', 'active'] as const;

interface WebhookFormProps {
  initial: WebhookValues;
  /** Editing keeps the integration and may deactivate; registering names the integration. */
  editing?: boolean;
  onSubmit: (values: WebhookValues) => void;
  cancelTo: string;
  submitting: boolean;
  error: unknown;
  quietStatuses?: readonly number[];
}

/** An endpoint's address, description, integration (when registering), event types and, when editing, whether it is active. */
export function WebhookForm({ initial, editing, onSubmit, cancelTo, submitting, error, quietStatuses }: WebhookFormProps) {
  const { t } = useTranslation();
  const validationText = useValidationText();
  const form = useForm({
    initial,
    validate: webhookSchema,
    onValid: onSubmit,
    error,
    fields,
    quietStatuses,
    translate: (m) => (m.startsWith('webhooks.') ? t(m as 'webhooks.validation.url') : validationText(m)),
  });
  const { values, set, errorFor } = form;
  const forIntegration = values.integration.trim() !== '';

  return (
    <form noValidate onSubmit={form.submit} className="ro-form" data-testid="webhook-form">
      <FormProblems form={form} />
      <TextField name="url" required label={t('webhooks.fields.url')} hint={t('webhooks.urlHint')} value={values.url} onChange={set('url')} error={errorFor('url')} />
      <TextField name="description" label={t('webhooks.fields.description')} hint={t('webhooks.descriptionHint')} value={values.description} onChange={set('description')} error={errorFor('description')} />
      {editing ? (
        <p data-testid="webhook-integration">
          <strong>{t('webhooks.fields.integration')}</strong> {values.integration || t('webhooks.program')}
        </p>
      ) : (
        <TextField name="integration" label={t('webhooks.fields.integration')} hint={t('webhooks.integrationHint')} value={values.integration} onChange={set('integration')} error={errorFor('integration')} />
      )}
      <EventTypesField value={values.eventTypes} onChange={set('eventTypes')} forIntegration={forIntegration} error={errorFor('eventTypes')} />
      {editing ? <CheckboxField name="active" label={t('webhooks.fields.active')} checked={values.active} onChange={set('active')} error={errorFor('active')} /> : null}
      <FormActions submitLabel={editing ? t('webhooks.save') : t('webhooks.register')} testId="save-webhook" submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
