import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useMyOffenderReferrals } from '../api/list-my-offender-referrals';
import { SubmittedStateBadge } from '../components/submitted-state-badge';
import { DataTable } from '../../../components/data-table';

const pageSize = 20;

/** The staff member's own referrals, newest first: the offender, the state and the dates. */
export function MyReferralsRoute() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const query = useMyOffenderReferrals({ page, size: pageSize });
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  return (
    <>
      <PageHeading title={t('offenderReferrals.list.title')}>{t('offenderReferrals.list.title')}</PageHeading>
      <p>{t('offenderReferrals.list.intro')}</p>
      <Authorization policy="offender-referrals:create">
        <p>
          <ButtonLink to="/offender-referrals/new" variant="primary" data-testid="new-offender-referral">
            {t('offenderReferrals.form.title')}
          </ButtonLink>
        </p>
      </Authorization>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isPending ? <Loading /> : null}
      {data ? (
        data.items.length ? (
          <DataTable data-testid="my-referrals">
            <thead>
              <tr>
                <th scope="col">{t('offenderReferrals.columns.offender')}</th>
                <th scope="col">{t('offenderReferrals.columns.offenderNumber')}</th>
                <th scope="col">{t('offenderReferrals.columns.state')}</th>
                <th scope="col">{t('offenderReferrals.columns.submitted')}</th>
                <th scope="col">{t('offenderReferrals.columns.decided')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id} data-testid="my-referral-row" data-offender-number={r.offenderNumber}>
                  <td>
                    <Link to={`/offender-referrals/${r.id}`}>
                      {r.offenderLastName}, {r.offenderFirstName}
                    </Link>
                  </td>
                  <td>{r.offenderNumber}</td>
                  <td>
                    <SubmittedStateBadge state={r.state} testId="my-referral-state" />
                  </td>
                  <td>{formatDate(r.submittedAt, i18n.language, false)}</td>
                  <td>{r.decidedAt ? formatDate(r.decidedAt, i18n.language, false) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p>{t('offenderReferrals.list.none')}</p>
        )
      ) : null}
      <Pagination page={page} pages={pages} exact={data?.totalIsExact ?? true} onChange={(p) => setSearchParams(p ? { page: String(p) } : {})} />
    </>
  );
}
