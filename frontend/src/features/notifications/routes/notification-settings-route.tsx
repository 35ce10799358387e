import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { etagOf } from '../../../lib/api/etag';
import { isApiError } from '../../../lib/api/problem';
import { useNotificationSettings, useSaveNotificationSettings } from '../api/notification-settings';
import { NotificationSettingsForm } from '../components/notification-settings-form';

/** A coordinator's or mediator's own e-mail notices: which kinds of waiting work, how often, in which language. */
export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const query = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const stale = isApiError(save.error) && save.error.status === 412;
  const settings = query.data;

  return (
    <>
      <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>
      <p>{t('notifications.intro')}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {save.isSuccess ? (
        <div role="status" data-testid="notification-settings-saved">
          <GcdsAlert alertRole="success" heading={t('notifications.saved')} hideCloseBtn container="full">
            <p>{save.data.emailEnabled ? t('notifications.savedOn') : t('notifications.savedOff')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      {stale ? (
        <div role="alert" data-testid="stale-alert">
          <GcdsAlert alertRole="warning" heading={t('notifications.staleTitle')} hideCloseBtn container="full">
            <p>{t('notifications.staleBody')}</p>
          </GcdsAlert>
        </div>
      ) : null}
      {settings ? (
        <NotificationSettingsForm
          key={settings.version}
          settings={settings}
          submitting={save.isPending}
          error={save.error}
          onSubmit={(body) => save.mutate({ etag: etagOf(settings), body })}
        />
      ) : null}
    </>
  );
}
