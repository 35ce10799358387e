import { GcdsAlert } from '@gcds-core/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { etagOf } from '../../../lib/api/etag';
import { isApiError } from '../../../lib/api/problem';
import { useDeleteWebhook, useRotateSecret, useUpdateWebhook, useWebhook, type WebhookView } from '../api/webhooks';
import { SecretPanel } from '../components/secret-panel';
import { WebhookForm, webhookValuesFrom } from '../components/webhook-form';

/** Administrators: one endpoint (its secret, once rotated, stays shown while the page is open): change its address, types or whether it is active; rotate its secret; delete it. */
export function WebhookRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useWebhook(id);
  return (
    <>
      <PageHeading title={t('webhooks.editTitle')}>{t('webhooks.editTitle')}</PageHeading>
      <p>
        <Link to="/webhooks">{t('webhooks.back')}</Link>
        {' · '}
        <Link to={`/webhooks/${id}/deliveries`} data-testid="webhook-deliveries">
          {t('webhooks.deliveries.link')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? <WebhookEditor key={query.data.id} webhook={query.data} /> : null}
    </>
  );
}

function WebhookEditor({ webhook }: { webhook: WebhookView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateWebhook();
  const rotate = useRotateSecret();
  const remove = useDeleteWebhook();
  const [saved, setSaved] = useState(false);
  const stale = isApiError(update.error) && update.error.status === 412;

  return (
    <>
      {saved ? (
        <div role="status" data-testid="webhook-saved">
          <GcdsAlert alertRole="success" heading={t('webhooks.savedTitle')} hideCloseBtn container="full">
            <p>{t('webhooks.saved')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      {stale ? (
        <div role="alert" data-testid="stale-alert">
          <GcdsAlert alertRole="warning" heading={t('participants.staleTitle')} hideCloseBtn container="full">
            <p>{t('webhooks.staleBody')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      <WebhookForm
        key={webhook.version}
        initial={webhookValuesFrom(webhook)}
        editing
        cancelTo="/webhooks"
        submitting={update.isPending}
        error={update.error}
        quietStatuses={[412]}
        onSubmit={(v) =>
          update.mutate(
            { id: webhook.id, etag: etagOf(webhook), body: { url: v.url.trim(), description: v.description.trim() || null, eventTypes: v.eventTypes, active: v.active } },
            { onSuccess: () => setSaved(true) },
          )
        }
      />
      <section className="ro-panel" aria-labelledby="webhook-secret-heading">
        <h2 id="webhook-secret-heading">{t('webhooks.rotateTitle')}</h2>
        <p>{t('webhooks.rotateIntro')}</p>
        {rotate.error ? <ErrorAlert error={rotate.error} /> : null}
        {rotate.data ? <SecretPanel secret={rotate.data.secret} /> : null}
        <ConfirmButton label={t('webhooks.rotate')} question={t('webhooks.rotateQuestion')} confirmLabel={t('webhooks.rotate')} onConfirm={() => rotate.mutate(webhook.id)} disabled={rotate.isPending} testId="rotate-secret" />
      </section>
      <section className="ro-panel" aria-labelledby="webhook-delete-heading">
        <h2 id="webhook-delete-heading">{t('webhooks.deleteTitle')}</h2>
        <p>{t('webhooks.deleteIntro')}</p>
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
        <ConfirmButton
          label={t('webhooks.delete')}
          question={t('webhooks.deleteQuestion')}
          confirmLabel={t('webhooks.delete')}
          variant="danger"
          onConfirm={() => remove.mutate(webhook.id, { onSuccess: () => void navigate('/webhooks') })}
          disabled={remove.isPending}
          testId="delete-webhook"
        />
      </section>
    </>
  );
}
