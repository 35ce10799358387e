import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { daysSince, formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useReviewQueue } from '../api/list-review-queue';
import type { ReviewItem } from '../api/types';
import { useMessageLabels } from '../components/message-labels';
import { DataTable } from '../../../components/data-table';

/** Messages waiting for screening in the caller's cases, oldest first. */
export function ReviewQueueRoute() {
  const { t, i18n } = useTranslation();
  const labels = useMessageLabels();
  const query = useReviewQueue();
  const person = (p: ReviewItem['author']) => {
    const name = p.name ?? t('messages.unknownParticipant');
    return p.side ? `${name} (${labels.side(p.side)})` : name;
  };
  return (
    <>
      <PageHeading title={t('messages.queue.title')}>{t('messages.queue.title')}</PageHeading>
      <p>{t('messages.queue.intro')}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.length ? <p data-testid="queue-empty">{t('messages.queue.none')}</p> : null}
      {query.data?.length ? (
        <DataTable data-testid="review-queue">
          <caption className="ro-visually-hidden">{t('messages.queue.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('messages.fields.kind')}</th>
              <th scope="col">{t('peopleFacts.queue.from')}</th>
              <th scope="col">{t('peopleFacts.queue.to')}</th>
              <th scope="col">{t('messages.queue.submitted')}</th>
              <th scope="col">{t('messages.queue.waiting')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((item) => (
              <tr key={item.messageId} data-testid="queue-row" data-message-id={item.messageId}>
                <td>
                  <Link to={`/cases/${item.caseId}/messages/${item.messageId}`} data-testid="open-queued-message">
                    {labels.kind(item.kind)}
                  </Link>
                </td>
                <td data-testid="queue-author">{person(item.author)}</td>
                <td data-testid="queue-recipient">{person(item.recipient)}</td>
                <td>{formatDate(item.submittedAt, i18n.language)}</td>
                <td>{t('messages.queue.days', { count: daysSince(item.submittedAt) })}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </>
  );
}
