import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useWorkSummary } from '../api/get-work';

/** The caller's queues with how much waits in each, each a link to its page (the home page shows it). */
export function WorkSummary() {
  const { t } = useTranslation();
  const query = useWorkSummary();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return (
    <section aria-labelledby="work-summary-title" data-testid="work-summary">
      <h2 id="work-summary-title">{t('work.title')}</h2>
      <ul className="ro-work-summary">
        {query.data.map((q) => (
          <li key={q.queue} data-testid={`work-count-${q.queue}`}>
            <Link to={`/work/${q.queue}`}>{t(`work.queues.${q.queue}.title`)}</Link>: {t('work.count', { count: q.count })}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/work" data-testid="home-my-work">
          {t('work.seeMyWork')}
        </Link>
      </p>
    </section>
  );
}
