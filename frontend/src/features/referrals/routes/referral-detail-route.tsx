import { SuccessNotice } from '../../../components/success-notice';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { CorrectionNotices } from '../../../components/correction-notices';
import { PageHeading } from '../../../components/page-heading';
import { StateBadge } from '../../../components/state-badge';
import { useReferral } from '../api/get-referral';
import type { ReferralView } from '../api/types';
import { AssessorPanel } from '../components/assessor-panel';
import { ConfirmNumberPanel } from '../components/confirm-number-panel';
import { EligibilityPanel } from '../components/eligibility-panel';
import { NoContactPanel } from '../components/no-contact-panel';
import { ReferralActions } from '../components/referral-actions';
import { ReferralDetails } from '../components/referral-details';
import { useReferralLabels } from '../components/referral-labels';
import { SuitabilitySection } from '../components/suitability-section';

function headingOf(referral: ReferralView, t: (key: 'referrals.detailTitleHarmed' | 'referrals.detailTitleOffender', o: { name: string }) => string): string {
  if (referral.source === 'HARMED_PERSON') {
    const p = referral.harmedPerson;
    return t('referrals.detailTitleHarmed', { name: p ? `${p.firstName} ${p.lastName}` : '' });
  }
  const o = referral.offender;
  return t('referrals.detailTitleOffender', { name: o ? `${o.firstName} ${o.lastName}` : (referral.offenderNumber ?? '') });
}

/** Back to where the caller came from: the queue for a coordinator; My work for the mediator assessing it. */
function BackLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Authorization
        policy="referrals:queue"
        fallback={
          <Link to="/work" data-testid="back-to-my-work">
            {t('referrals.assessor.backToMyWork')}
          </Link>
        }
      >
        <Link to="/referrals">{t('referrals.backToQueue')}</Link>
      </Authorization>
    </p>
  );
}

export function ReferralDetailRoute() {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: 'recorded' } | null)?.notice;
  const query = useReferral(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeading title={t('referrals.detailTitle')}>{t('referrals.detailTitle')}</PageHeading>
        <ErrorAlert error={query.error} />
        <BackLink />
      </>
    );
  }
  const referral = query.data;
  const heading = headingOf(referral, t);
  return (
    <>
      {notice ? (
        <SuccessNotice heading={t(referral.state === 'DORMANT' ? 'referrals.recordedDormant' : 'referrals.recorded')} />
      ) : null}
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="ro-state-line">
        {t('referrals.stateLabel')} <StateBadge state={referral.state} label={labels.state(referral.state)} testId="referral-state" />
      </p>
      <p className="ro-hint">{t(`referrals.stateHelp.${referral.state}`)}</p>
      <NoContactPanel referral={referral} />
      <Authorization policy="referrals:decide">
        <ConfirmNumberPanel referral={referral} />
      </Authorization>
      <CorrectionNotices recordType="REFERRAL" recordIds={[referral.id]} />
      <ReferralDetails referral={referral} />
      <EligibilityPanel referral={referral} />
      <Authorization policy="referrals:decide">
        <ReferralActions referral={referral} />
      </Authorization>
      <AssessorPanel referral={referral} />
      {referral.caseId ? (
        <p data-testid="referral-in-case">
          {/* A route path, not an import: the cases feature owns the page. */}
          <Link to={`/cases/${referral.caseId}`}>{t('referrals.openCase.inCase')}</Link>
        </p>
      ) : null}
      {referral.state === 'ACCEPTED' && !referral.caseId ? (
        <Authorization policy="cases:open">
          <section aria-labelledby="open-case-heading" className="ro-block" data-testid="open-case-panel">
            <h2 id="open-case-heading">{t('referrals.openCase.title')}</h2>
            <p>{t('referrals.openCase.hint')}</p>
            {/* A route path, not an import: the cases feature owns the page. */}
            <ButtonLink to={`/cases/new?referral=${referral.id}`} variant="primary" data-testid="open-case-from-referral">
              {t('referrals.openCase.action')}
            </ButtonLink>
          </section>
        </Authorization>
      ) : null}
      <Authorization policy="referrals:assess">
        <SuitabilitySection referral={referral} />
      </Authorization>
      <BackLink />
    </>
  );
}
