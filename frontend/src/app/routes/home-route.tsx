import { useTranslation } from 'react-i18next';
import { Authorization } from '../../components/authorization';
import { ButtonLink } from '../../components/button';
import { PageHeading } from '../../components/page-heading';
import { roles, useRoles, useSession } from '../../lib/auth/session';
import { WorkSummary } from '../../features/work';

/** What each role finds on arriving; every part is gated by a policy, none by a role check here. */
export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const userRoles = useRoles();
  const name = session.status === 'authenticated' ? session.user.name : '';
  const hasProgramRole = userRoles.some((r) => (roles as readonly string[]).includes(r));
  return (
    <>
      <PageHeading title={t('nav.home')}>{t('home.title', { name })}</PageHeading>
      <div data-testid="home">
        <Authorization policy="home:coordinator">
          <p>{t('home.coordinator')}</p>
        </Authorization>
        <Authorization policy="home:mediator">
          <p>{t('home.mediator')}</p>
        </Authorization>
        <Authorization policy="work:mine">
          <WorkSummary />
        </Authorization>
        <Authorization policy="cases:mine">
          <section aria-labelledby="my-cases" data-testid="my-cases">
            <h2 id="my-cases">{t('home.myCasesTitle')}</h2>
            <p>{t('home.myCasesIntro')}</p>
            <p>
              <ButtonLink to="/cases" variant="primary" data-testid="home-my-cases">
                {t('nav.myCases')}
              </ButtonLink>
            </p>
          </section>
        </Authorization>
        <Authorization policy="participants:list">
          <p>
            <ButtonLink to="/participants" variant="primary" data-testid="home-participants">
              {t('home.participantsLink')}
            </ButtonLink>
          </p>
        </Authorization>
        <Authorization policy="referrals:queue">
          <p className="ro-actions">
            <ButtonLink to="/referrals/new-call" variant="primary" data-testid="home-record-call">
              {t('nav.recordCall')}
            </ButtonLink>
            <ButtonLink to="/referrals" variant="secondary" data-testid="home-referral-queue">
              {t('nav.referralQueue')}
            </ButtonLink>
            <ButtonLink to="/cases" variant="secondary" data-testid="home-cases">
              {t('nav.cases')}
            </ButtonLink>
          </p>
        </Authorization>
        <Authorization policy="home:staff">
          <p>{t('home.staff')}</p>
        </Authorization>
        <Authorization policy="offender-referrals:create">
          <p className="ro-actions">
            <ButtonLink to="/offender-referrals/new" variant="primary" data-testid="home-refer-offender">
              {t('nav.referOffender')}
            </ButtonLink>
            <ButtonLink to="/offender-referrals" variant="secondary" data-testid="home-my-referrals">
              {t('nav.myReferrals')}
            </ButtonLink>
          </p>
        </Authorization>
        <Authorization policy="home:auditor">
          <p>{t('home.auditor')}</p>
          <p className="ro-actions" data-testid="home-auditor-links">
            <ButtonLink to="/audit" variant="primary" data-testid="home-audit-trail">
              {t('nav.auditTrail')}
            </ButtonLink>
            <ButtonLink to="/audit/verification" variant="secondary" data-testid="home-audit-verification">
              {t('nav.auditVerification')}
            </ButtonLink>
          </p>
        </Authorization>
        <Authorization policy="home:admin">
          <p>{t('home.admin')}</p>
        </Authorization>
        <Authorization policy="statistics:read">
          <p>
            <ButtonLink to="/statistics" variant="secondary" data-testid="home-statistics">
              {t('nav.statistics')}
            </ButtonLink>
          </p>
        </Authorization>
        <Authorization policy="mediators:roster">
          <p>
            <ButtonLink to="/mediators" variant="primary" data-testid="home-mediator-roster">
              {t('nav.mediatorRoster')}
            </ButtonLink>
          </p>
        </Authorization>
        {hasProgramRole ? null : <p>{t('home.noRole')}</p>}
      </div>
    </>
  );
}

