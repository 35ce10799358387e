import { GcdsFooter, GcdsHeader } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageToggle } from './language-toggle';
import { Navigation } from './navigation';
import { NoticePlace } from '../components/notice-place';

/** The shell: GC Design System header (with the language toggle), navigation, page, footer. */
export function Layout() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <GcdsHeader langHref="#" skipToHref="#main-content" signatureHasLink={false} lang={i18n.language}>
        <div slot="toggle" className="ro-toggle-slot">
          <LanguageToggle />
        </div>
        <div slot="menu">
          <div className="ro-container ro-menu">
            <p className="ro-app-title">{t('app.title')}</p>
            <Navigation />
          </div>
        </div>
      </GcdsHeader>
      <main id="main-content" className="ro-container ro-main" tabIndex={-1}>
        <NoticePlace />
        <Outlet />
      </main>
      {/* An internal application: the sub-footer keeps only the terms and privacy notice (no social media,
          mobile applications or About Canada.ca links, which are for public Canada.ca pages). */}
      <GcdsFooter
        display="compact"
        lang={i18n.language}
        subLinks={{ [t('app.footerTerms')]: t('app.footerTermsUrl'), [t('app.footerPrivacy')]: t('app.footerPrivacyUrl') }}
      />
    </>
  );
}
