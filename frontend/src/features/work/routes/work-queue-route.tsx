import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useWorkQueue } from '../api/get-work';
import { isWorkQueueName, type WorkQueueName } from '../api/types';
import { WorkQueueTable } from '../components/work-queue-table';

const SIZE = 25;

function Queue({ queue }: { queue: WorkQueueName }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const query = useWorkQueue(queue, page, SIZE);
  const title = t(`work.queues.${queue}.title`);
  const pages = query.data ? Math.ceil(query.data.total / SIZE) : 0;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t(`work.queues.${queue}.description`)}</p>
      <p>
        <Link to="/work">{t('work.back')}</Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.items.length ? <p data-testid="work-none">{t('work.none')}</p> : null}
      {query.data?.items.length ? <WorkQueueTable queue={queue} items={query.data.items} /> : null}
      <Pagination page={page} pages={pages} onChange={(p) => setParams({ page: String(p) })} />
    </>
  );
}

/** One of the caller's queues, whole, page by page. */
export function WorkQueueRoute() {
  const { queue } = useParams();
  const { t } = useTranslation();
  if (isWorkQueueName(queue)) return <Queue queue={queue} />;
  return (
    <>
      <PageHeading title={t('app.notFound')}>{t('app.notFound')}</PageHeading>
      <p>
        <Link to="/work">{t('work.back')}</Link>
      </p>
    </>
  );
}
