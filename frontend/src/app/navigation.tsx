import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Authorization } from '../components/authorization';
import { Button } from '../components/button';
import { useSession } from '../lib/auth/session';

export function Navigation() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  return (
    <nav aria-label={t('nav.label')} className="ro-nav" data-testid="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        <Authorization policy="work:mine">
          <li>
            <NavLink to="/work" data-testid="nav-my-work">
              {t('nav.myWork')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="participants:list">
          <li>
            <NavLink to="/participants" data-testid="nav-participants">
              {t('nav.participants')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="cases:mine">
          <li>
            <NavLink to="/cases" data-testid="nav-my-cases">
              {t('nav.myCases')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="referrals:record-call">
          <li>
            <NavLink to="/referrals/new-call" data-testid="nav-record-call">
              {t('nav.recordCall')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="referrals:queue">
          <li>
            <NavLink to="/referrals" end data-testid="nav-referral-queue">
              {t('nav.referralQueue')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="cases:all">
          <li>
            <NavLink to="/cases" data-testid="nav-cases">
              {t('nav.cases')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="messages:review-queue">
          <li>
            <NavLink to="/messages/review" data-testid="nav-review-queue">
              {t('nav.reviewQueue')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="corrections:manage">
          <li>
            <NavLink to="/corrections" data-testid="nav-corrections">
              {t('corrections.nav')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="statistics:read">
          <li>
            <NavLink to="/statistics" data-testid="nav-statistics">
              {t('nav.statistics')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="disposal:approve">
          <li>
            <NavLink to="/disposals" data-testid="nav-disposal">
              {t('nav.disposal')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="mediators:roster">
          <li>
            <NavLink to="/mediators" data-testid="nav-mediator-roster">
              {t('nav.mediatorRoster')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="reference:manage">
          <li>
            <NavLink to="/reference-data" data-testid="nav-reference-data">
              {t('nav.referenceData')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="webhooks:manage">
          <li>
            <NavLink to="/webhooks" data-testid="nav-webhooks">
              {t('webhooks.nav')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="audit:read">
          <li>
            <NavLink to="/audit" end data-testid="nav-audit-trail">
              {t('nav.auditTrail')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/audit/verification" data-testid="nav-audit-verification">
              {t('nav.auditVerification')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="offender-referrals:create">
          <li>
            <NavLink to="/offender-referrals/new" data-testid="nav-refer-offender">
              {t('nav.referOffender')}
            </NavLink>
          </li>
        </Authorization>
        <Authorization policy="offender-referrals:mine">
          <li>
            <NavLink to="/offender-referrals" end data-testid="nav-my-referrals">
              {t('nav.myReferrals')}
            </NavLink>
          </li>
        </Authorization>
      </ul>
      <div className="ro-nav__user">
        <span data-testid="signed-in-as">{t('auth.signedInAs', { name: session.user.name })}</span>
        <Authorization policy="notifications:settings">
          <NavLink to="/account/notifications" data-testid="nav-notification-settings">
            {t('notifications.nav')}
          </NavLink>
        </Authorization>
        <Button variant="secondary" size="small" data-testid="sign-out" onClick={() => void session.signOut()}>
          {t('auth.signOut')}
        </Button>
      </div>
    </nav>
  );
}
