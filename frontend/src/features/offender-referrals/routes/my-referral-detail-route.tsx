import { SuccessNotice } from '../../../components/success-notice';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../components/format-date';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useMyOffenderReferral } from '../api/get-my-offender-referral';
import { SubmittedStateBadge } from '../components/submitted-state-badge';

/** One of the staff member's referrals: states and dates only (nothing of the process flows back). */
export function MyReferralDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: 'referred' } | null)?.notice;
  const query = useMyOffenderReferral(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeading title={t('offenderReferrals.detail.title')}>{t('offenderReferrals.detail.title')}</PageHeading>
        <ErrorAlert error={query.error} />
        <p>
          <Link to="/offender-referrals">{t('offenderReferrals.backToList')}</Link>
        </p>
      </>
    );
  }
  const r = query.data;
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="ro-dl__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  const heading = t('offenderReferrals.detail.heading', { name: `${r.offenderFirstName} ${r.offenderLastName}` });
  return (
    <>
      {notice ? (
        <SuccessNotice heading={t('offenderReferrals.referred')} />
      ) : null}
      <PageHeading title={heading}>{heading}</PageHeading>
      <dl className="ro-dl" data-testid="my-referral-details">
        {row(t('offenderReferrals.columns.offenderNumber'), r.offenderNumber)}
        {row(t('offenderReferrals.columns.state'), <SubmittedStateBadge state={r.state} testId="my-referral-detail-state" />)}
        {row(t('offenderReferrals.columns.submitted'), formatDate(r.submittedAt, i18n.language))}
        {row(t('offenderReferrals.columns.decided'), r.decidedAt ? formatDate(r.decidedAt, i18n.language) : t('offenderReferrals.detail.notDecided'))}
        {row(t('offenderReferrals.detail.referringStaff'), r.referringStaff)}
      </dl>
      <p className="ro-hint">{t(`offenderReferrals.stateHelp.${r.state}`)}</p>
      <p className="ro-hint">{t('offenderReferrals.detail.privacy')}</p>
      <p>
        <Link to="/offender-referrals">{t('offenderReferrals.backToList')}</Link>
      </p>
    </>
  );
}
