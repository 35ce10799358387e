import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useWorkQueue, useWorkSummary } from '../api/get-work';
import type { WorkQueueCount } from '../api/types';
import { WorkQueueTable } from '../components/work-queue-table';

const FIRST = 5;

function QueueSection({ queue, count }: WorkQueueCount) {
  const { t } = useTranslation();
  const query = useWorkQueue(queue, 0, FIRST, count > 0);
  const headingId = `work-${queue}`;
  return (
    <section aria-labelledby={headingId} data-testid={`work-section-${queue}`}>
      <h2 id={headingId}>
        {t(`work.queues.${queue}.title`)} <span className="ro-count">({count})</span>
      </h2>
      <p>{t(`work.queues.${queue}.description`)}</p>
      {count === 0 ? <p data-testid="work-none">{t('work.none')}</p> : null}
      {count > 0 && query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {count > 0 && query.data?.items.length ? <WorkQueueTable queue={queue} items={query.data.items} /> : null}
      {count > FIRST ? (
        <p>
          <Link to={`/work/${queue}`} data-testid={`work-see-all-${queue}`}>
            {t('work.seeAll', { count, queue: t(`work.queues.${queue}.title`) })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** "My work": every queue of the caller, with what waits first in each. */
export function MyWorkRoute() {
  const { t } = useTranslation();
  const summary = useWorkSummary();
  return (
    <>
      <PageHeading title={t('work.title')}>{t('work.title')}</PageHeading>
      <p>{t('work.intro')}</p>
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorAlert error={summary.error} /> : null}
      {summary.data?.map((q) => <QueueSection key={q.queue} {...q} />)}
    </>
  );
}
