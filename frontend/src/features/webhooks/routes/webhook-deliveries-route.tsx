import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField } from '../../../components/form-fields';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { deliveryStates, useDeliveries, useReplayDelivery, useWebhook, type DeliveryState } from '../api/webhooks';

/** Long addresses and ids wrap anywhere rather than widen the table. */
const wrap = { overflowWrap: 'anywhere' } as const;

export const deliveriesPageSize = 20;

const badge: Record<DeliveryState, string> = { PENDING: 'ro-badge--submitted', DELIVERED: 'ro-badge--accepted', FAILED: 'ro-badge--declined' };

const asState = (v: string | null): DeliveryState | undefined => deliveryStates.find((s) => s === v);

/** Administrators: an endpoint's deliveries, newest first, by state; a failed one's last error; Replay. */
export function WebhookDeliveriesRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = asState(searchParams.get('state'));
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const webhook = useWebhook(id);
  const query = useDeliveries(id, state, page, deliveriesPageSize);
  const replay = useReplayDelivery();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setSearchParams(next);
  };

  return (
    <>
      <PageHeading title={t('webhooks.deliveries.title')}>{t('webhooks.deliveries.title')}</PageHeading>
      {webhook.data ? (
        <p style={wrap} data-testid="deliveries-endpoint">
          {webhook.data.url}
        </p>
      ) : null}
      <p>
        <Link to="/webhooks">{t('webhooks.back')}</Link>
        {' · '}
        <Link to={`/webhooks/${id}`}>{t('webhooks.editTitle')}</Link>
      </p>
      <p>{t('webhooks.deliveries.intro')}</p>
      <div className="ro-filters">
        <SelectField
          name="state"
          label={t('webhooks.deliveries.filter')}
          value={state ?? ''}
          onChange={(v) => setParam('state', v)}
          options={deliveryStates.map((s) => ({ value: s, label: t(`webhooks.deliveries.state.${s}`) }))}
          placeholder={t('webhooks.deliveries.allStates')}
        />
      </div>
      {replay.error ? <ErrorAlert error={replay.error} /> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? (
        <>
          <p aria-live="polite" data-testid="deliveries-total">
            {t('webhooks.deliveries.total', { count: query.data.total })}
          </p>
          {query.data.items.length === 0 ? <p data-testid="no-deliveries">{t('webhooks.deliveries.none')}</p> : null}
          {query.data.items.length > 0 ? (
            <table className="ro-table" data-testid="delivery-list">
              <caption className="ro-visually-hidden">{t('webhooks.deliveries.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.deliveries.event')}</th>
                  <th scope="col">{t('webhooks.deliveries.stateHeading')}</th>
                  <th scope="col">{t('webhooks.deliveries.attempts')}</th>
                  <th scope="col">{t('webhooks.deliveries.last')}</th>
                  <th scope="col">{t('webhooks.fields.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((d) => (
                  <tr key={d.id} data-testid="delivery-row" data-state={d.state}>
                    <td>
                      {t(`webhooks.types.${d.eventType}`)}
                      <div className="ro-hint" style={wrap}>{t('webhooks.deliveries.record', { id: d.subject })}</div>
                      <div className="ro-hint">{formatDate(d.createdAt, i18n.language)}</div>
                    </td>
                    <td>
                      <span className={`ro-badge ${badge[d.state]}`} data-testid="delivery-state">
                        {t(`webhooks.deliveries.state.${d.state}`)}
                      </span>
                    </td>
                    <td>{d.attempts}</td>
                    <td>
                      {d.deliveredAt ? <div>{t('webhooks.deliveries.deliveredAt', { when: formatDate(d.deliveredAt, i18n.language) })}</div> : null}
                      {d.state === 'PENDING' && d.nextAttemptAt ? <div>{t('webhooks.deliveries.nextAt', { when: formatDate(d.nextAttemptAt, i18n.language) })}</div> : null}
                      {d.lastError ? (
                        <div style={wrap} data-testid="delivery-error">
                          {t('webhooks.deliveries.lastError')} <code>{d.lastError}</code>
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {d.state !== 'PENDING' ? (
                        <Button variant="secondary" size="small" disabled={replay.isPending} onClick={() => replay.mutate({ id, deliveryId: d.id })} data-testid="replay-delivery">
                          {t('webhooks.deliveries.replay')}
                          <span className="ro-visually-hidden"> {t(`webhooks.types.${d.eventType}`)} {d.subject}</span>
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Pagination page={page} pages={Math.ceil(query.data.total / deliveriesPageSize)} exact={query.data.totalIsExact} onChange={(p) => setParam('page', String(p))} />
        </>
      ) : null}
    </>
  );
}
