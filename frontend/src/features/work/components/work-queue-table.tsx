import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date';
import type { WorkItem, WorkQueueName } from '../api/types';
import { DataTable } from '../../../components/data-table';

/** Where the work of an item is done: the message, the referral, or the case. */
export function workLink(item: WorkItem): string {
  if (item.messageId && item.caseId) return `/cases/${item.caseId}/messages/${item.messageId}`;
  if (item.referralId) return `/referrals/${item.referralId}`;
  if (item.caseId) return `/cases/${item.caseId}`;
  return '/';
}

function peopleOf(item: WorkItem): string {
  return item.people.map((p) => `${p.firstName} ${p.lastName}`).join(', ');
}

/** One queue's items: what it is about (a link to where the work is done), why it is there, since when, by when. */
export function WorkQueueTable({ queue, items }: { queue: WorkQueueName; items: WorkItem[] }) {
  const { t, i18n } = useTranslation();
  const about = (item: WorkItem) => {
    const what = t(`work.about.${item.messageId ? 'message' : item.referralId ? 'referral' : item.meetingId ? 'meeting' : 'case'}`);
    const people = peopleOf(item);
    return people ? t('work.aboutWith', { what, people }) : what;
  };
  return (
    <div className="ro-table-wrap">
      <DataTable data-testid={`work-table-${queue}`}>
        <caption className="ro-visually-hidden">{t(`work.queues.${queue}.title`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('work.columns.about')}</th>
            <th scope="col">{t('work.columns.reason')}</th>
            <th scope="col">{t('work.columns.since')}</th>
            <th scope="col">{t('work.columns.due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={`${item.caseId ?? ''}${item.referralId ?? ''}${item.messageId ?? ''}${item.meetingId ?? ''}-${index}`} data-testid="work-item">
              <td>
                <Link to={workLink(item)} data-testid="work-item-link">
                  {about(item)}
                </Link>
              </td>
              <td>{t(`work.reasons.${item.reason}`, { defaultValue: item.reason })}</td>
              <td>{formatDate(item.since, i18n.language)}</td>
              <td>{item.dueOn ? formatDate(item.dueOn, i18n.language, false) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
