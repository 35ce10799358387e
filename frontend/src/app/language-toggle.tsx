import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../lib/i18n/i18n';

/** Switches the portal between English and French without leaving the page (so the in-memory session stays). */
export function LanguageToggle() {
  const { t } = useTranslation();
  const other = t('language.toggleLang') as Language;
  return (
    <button
      type="button"
      className="ro-lang-toggle"
      lang={other}
      aria-label={t('language.toggleLabel')}
      data-testid="language-toggle"
      onClick={() => void changeLanguage(other)}
    >
      {t('language.toggle')}
    </button>
  );
}
