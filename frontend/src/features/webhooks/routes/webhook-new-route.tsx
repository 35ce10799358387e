import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useRegisterWebhook, type WebhookSecret } from '../api/webhooks';
import { SecretPanel } from '../components/secret-panel';
import { WebhookForm, webhookValuesFrom } from '../components/webhook-form';

/** Administrators: register an endpoint; its secret is shown once, here, with a hint to copy it now. */
export function WebhookNewRoute() {
  const { t } = useTranslation();
  const register = useRegisterWebhook();
  const [created, setCreated] = useState<WebhookSecret | null>(null);

  return (
    <>
      <PageHeading title={t('webhooks.registerTitle')}>{t('webhooks.registerTitle')}</PageHeading>
      {created ? (
        <>
          <p data-testid="webhook-registered">{t('webhooks.registered', { url: created.url })}</p>
          <SecretPanel secret={created.secret} />
          <p>
            <Link to="/webhooks" data-testid="back-to-webhooks">
              {t('webhooks.back')}
            </Link>
          </p>
        </>
      ) : (
        <WebhookForm
          initial={webhookValuesFrom(undefined)}
          cancelTo="/webhooks"
          submitting={register.isPending}
          error={register.error}
          onSubmit={(v) =>
            register.mutate(
              { url: v.url.trim(), description: v.description.trim() || null, integration: v.integration.trim() || null, eventTypes: v.eventTypes },
              { onSuccess: setCreated },
            )
          }
        />
      )}
    </>
  );
}
