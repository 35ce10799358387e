import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useWebhooks } from '../api/webhooks';

/** Long addresses and ids wrap anywhere rather than widen the table. */
const wrap = { overflowWrap: 'anywhere' } as const;

export const webhooksPageSize = 20;

/** Administrators: the webhook endpoints, newest first; register one, open one to edit it or see its deliveries. */
export function WebhooksRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const query = useWebhooks(page, webhooksPageSize);

  return (
    <>
      <PageHeading title={t('webhooks.title')}>{t('webhooks.title')}</PageHeading>
      <p>{t('webhooks.intro')}</p>
      <p>
        <ButtonLink to="/webhooks/new" variant="primary" data-testid="register-webhook">
          {t('webhooks.registerTitle')}
        </ButtonLink>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && query.data.items.length === 0 ? <p data-testid="no-webhooks">{t('webhooks.none')}</p> : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <table className="ro-table" data-testid="webhook-list">
            <caption className="ro-visually-hidden">{t('webhooks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.fields.url')}</th>
                <th scope="col">{t('webhooks.fields.integration')}</th>
                <th scope="col">{t('webhooks.fields.eventTypes')}</th>
                <th scope="col">{t('webhooks.fields.status')}</th>
                <th scope="col">{t('webhooks.fields.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((w) => (
                <tr key={w.id} data-testid="webhook-row" data-id={w.id}>
                  <td style={wrap}>
                    {w.url}
                    {w.description ? <div className="ro-hint">{w.description}</div> : null}
                  </td>
                  <td>{w.integration ?? t('webhooks.program')}</td>
                  <td>{w.eventTypes.map((type) => t(`webhooks.types.${type}`)).join(', ')}</td>
                  <td>
                    <span className={`ro-badge ${w.active ? 'ro-badge--accepted' : 'ro-badge--withdrawn'}`} data-testid="webhook-active">
                      {w.active ? t('webhooks.active') : t('webhooks.inactive')}
                    </span>
                  </td>
                  <td>
                    <Link to={`/webhooks/${w.id}`} data-testid="edit-webhook">
                      {t('webhooks.edit')}
                      <span className="ro-visually-hidden"> {w.url}</span>
                    </Link>
                    {' · '}
                    <Link to={`/webhooks/${w.id}/deliveries`} data-testid="webhook-deliveries">
                      {t('webhooks.deliveries.link')}
                      <span className="ro-visually-hidden"> {w.url}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pages={Math.ceil(query.data.total / webhooksPageSize)} exact={query.data.totalIsExact} onChange={(p) => setSearchParams({ page: String(p) })} />
        </>
      ) : null}
    </>
  );
}
