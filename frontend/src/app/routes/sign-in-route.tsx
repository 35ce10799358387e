import { GcdsAlert, GcdsButton } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Session } from '../../lib/auth/session';

/** What a signed-out visitor sees: what the portal is, and the way to Keycloak's sign-in. */
export function SignInRoute({ session }: { session: Extract<Session, { status: 'anonymous' }> }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('auth.signIn')}>{t('auth.welcomeTitle')}</PageHeading>
      {session.error ? (
        <div role="alert">
          <GcdsAlert alertRole="danger" heading={t('auth.error', { message: session.error })} hideCloseBtn container="full" />
        </div>
      ) : null}
      <p>{t('auth.welcomeBody')}</p>
      <GcdsButton type="button" buttonRole="primary" data-testid="sign-in" onClick={() => void session.signIn()}>
        {t('auth.signIn')}
      </GcdsButton>
    </>
  );
}
