import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Authorization } from '../../components/authorization';
import { PageHeading } from '../../components/page-heading';
import { roles, useRoles, useSession } from '../../lib/auth/session';

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
        <Authorization policy="cases:mine">
          <section aria-labelledby="my-cases" data-testid="my-cases">
            <h2 id="my-cases">{t('home.myCasesTitle')}</h2>
            <p>{t('home.myCasesIntro')}</p>
            <p>
              <Link to="/cases" className="ro-button ro-button--primary" data-testid="home-my-cases">
                {t('nav.myCases')}
              </Link>
            </p>
          </section>
        </Authorization>
        <Authorization policy="participants:list">
          <p>
            <Link to="/participants" className="ro-button ro-button--primary" data-testid="home-participants">
              {t('home.participantsLink')}
            </Link>
          </p>
        </Authorization>
        <Authorization policy="referrals:queue">
          <p className="ro-actions">
            <Link to="/referrals/new-call" className="ro-button ro-button--primary" data-testid="home-record-call">
              {t('nav.recordCall')}
            </Link>
            <Link to="/referrals" className="ro-button ro-button--secondary" data-testid="home-referral-queue">
              {t('nav.referralQueue')}
            </Link>
            <Link to="/cases" className="ro-button ro-button--secondary" data-testid="home-cases">
              {t('nav.cases')}
            </Link>
          </p>
        </Authorization>
        <Authorization policy="home:staff">
          <p>{t('home.staff')}</p>
        </Authorization>
        <Authorization policy="offender-referrals:create">
          <p className="ro-actions">
            <Link to="/offender-referrals/new" className="ro-button ro-button--primary" data-testid="home-refer-offender">
              {t('nav.referOffender')}
            </Link>
            <Link to="/offender-referrals" className="ro-button ro-button--secondary" data-testid="home-my-referrals">
              {t('nav.myReferrals')}
            </Link>
          </p>
        </Authorization>
        <Authorization policy="home:auditor">
          <p>{t('home.auditor')}</p>
        </Authorization>
        <Authorization policy="home:admin">
          <p>{t('home.admin')}</p>
        </Authorization>
        <Authorization policy="mediators:roster">
          <p>
            <Link to="/mediators" className="ro-button ro-button--primary" data-testid="home-mediator-roster">
              {t('nav.mediatorRoster')}
            </Link>
          </p>
        </Authorization>
        {hasProgramRole ? null : <p>{t('home.noRole')}</p>}
      </div>
    </>
  );
}

