import { GcdsFooter, GcdsHeader } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageToggle } from './language-toggle';
import { Navigation } from './navigation';

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
        <Outlet />
      </main>
      <GcdsFooter display="compact" lang={i18n.language} />
    </>
  );
}
