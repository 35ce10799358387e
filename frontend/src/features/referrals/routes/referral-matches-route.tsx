import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useReferralMatches } from '../api/list-referral-matches';
import { DataTable } from '../../../components/data-table';

/** Harmed people's requests and offenders' referrals about the same offender, newest first. */
export function ReferralMatchesRoute() {
  const { t, i18n } = useTranslation();
  const query = useReferralMatches();
  return (
    <>
      <PageHeading title={t('referrals.matches.title')}>{t('referrals.matches.title')}</PageHeading>
      <p>{t('referrals.matches.intro')}</p>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isPending ? <Loading /> : null}
      {query.data ? (
        query.data.length ? (
          <DataTable data-testid="matches-table">
            <thead>
              <tr>
                <th scope="col">{t('referrals.matches.matchedAt')}</th>
                <th scope="col">{t('referrals.fields.offenderNumber')}</th>
                <th scope="col">{t('peopleFacts.matches.harmedPerson')}</th>
                <th scope="col">{t('peopleFacts.matches.offender')}</th>
                <th scope="col">{t('referrals.matches.harmedPersonRequest')}</th>
                <th scope="col">{t('referrals.matches.offenderReferral')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((m) => (
                <tr key={m.id} data-testid="match-row" data-offender-number={m.offenderNumber}>
                  <td>{formatDate(m.matchedAt, i18n.language)}</td>
                  <td>{m.offenderNumber}</td>
                  <td data-testid="match-harmed-person-name">{m.harmedPersonName ?? '—'}</td>
                  <td data-testid="match-offender-name">{m.offenderName ?? '—'}</td>
                  <td>
                    <Link to={`/referrals/${m.harmedPersonReferralId}`} data-testid="match-harmed-person">
                      {t('referrals.matches.openRequest')}
                    </Link>
                  </td>
                  <td>
                    <Link to={`/referrals/${m.offenderReferralId}`} data-testid="match-offender">
                      {t('referrals.matches.openReferral')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p>{t('referrals.matches.none')}</p>
        )
      ) : null}
      <p>
        <Link to="/referrals">{t('referrals.backToQueue')}</Link>
      </p>
    </>
  );
}
