import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useAccessLog } from '../api/read-access-log';
import { AuditEntryTable } from '../components/audit-entry-table';
import { useAuditLabels } from '../components/audit-labels';
import { CursorPager } from '../components/cursor-pager';
import { useCursorPages } from '../components/use-cursor-pages';

/** One record's access log (auditor): every read and change of it, every refused attempt, every entry naming it, newest first. */
export function AccessLogRoute() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const { type = '', id = '' } = useParams();
  const pages = useCursorPages(`${type}/${id}`);
  const query = useAccessLog(type, id, pages.after);
  const data = query.data;
  const title = t('audit.accessLog.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <dl className="ro-dl" data-testid="access-log-record">
        <div className="ro-dl__row">
          <dt>{t('audit.fields.recordType')}</dt>
          <dd>{labels.recordType(type)}</dd>
        </div>
        <div className="ro-dl__row">
          <dt>{t('audit.fields.recordId')}</dt>
          <dd>
            <code>{id}</code>
          </dd>
        </div>
      </dl>
      <p>{t('audit.accessLog.intro')}</p>
      <p className="ro-actions">
        <ButtonLink to={`/audit?${new URLSearchParams({ resourceType: type, resourceId: id }).toString()}`} variant="secondary" data-testid="trail-of-record">
          {t('audit.accessLog.inTrail')}
        </ButtonLink>
      </p>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isPending && !query.isError ? <Loading /> : null}
      {data ? (
        <>
          <p data-testid="audit-total" aria-live="polite">
            {t(data.totalIsExact ? 'audit.trail.total' : 'audit.trail.totalMore', { count: data.total })} {t('audit.trail.newestFirst')}
          </p>
          {data.items?.length ? <AuditEntryTable items={data.items} caption={title} /> : <p data-testid="audit-empty">{t('audit.accessLog.empty')}</p>}
          <CursorPager hasPrevious={pages.hasPrevious} next={data.next} onPrevious={pages.previous} onNext={pages.next} />
        </>
      ) : null}
    </>
  );
}
