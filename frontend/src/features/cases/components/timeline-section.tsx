import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { Pagination } from '../../../components/pagination';
import { timelinePageSize, useCaseTimeline } from '../api/get-case-timeline';
import { DataTable } from '../../../components/data-table';
import { Link } from 'react-router';
import { staffName } from '../../../components/staff-name';
import { wordTimelineEntry } from './timeline-wording';

/** Every event of the case, oldest first, a page at a time. */
export function TimelineSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const query = useCaseTimeline(caseId, page);
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / timelinePageSize)) : 1;
  return (
    <section aria-labelledby="timeline-heading" className="ro-block" data-testid="timeline-section">
      <h2 id="timeline-heading">{t('cases.timeline.title')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data ? (
        <DataTable data-testid="timeline">
          <thead>
            <tr>
              <th scope="col">{t('cases.timeline.when')}</th>
              <th scope="col">{t('cases.timeline.who')}</th>
              <th scope="col">{t('cases.timeline.what')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((e) => (
              <tr key={e.seq} data-testid="timeline-entry" data-kind={e.kind} data-wording={e.details.wording}>
                <td>{formatDate(e.at, i18n.language)}</td>
                <td>{staffName(e.actorName, e.actor)}</td>
                <td>
                  {wordTimelineEntry(e, t, i18n.language)}
                  {e.details.messageId ? (
                    <>
                      {' '}
                      <Link to={`/cases/${caseId}/messages/${e.details.messageId}`} data-testid="timeline-open-message">
                        {t('caseTimeline.openMessage')}
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <Pagination page={page} pages={pages} exact={query.data?.totalIsExact ?? true} onChange={setPage} />
    </section>
  );
}
