import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';

export type Language = 'en' | 'fr';
export const languages: readonly Language[] = ['en', 'fr'];
const storageKey = 'ro.language';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

function initialLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(storageKey);
    if (saved === 'en' || saved === 'fr') return saved;
  } catch {
    // storage may be unavailable; fall back to the browser's language
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function currentLanguage(): Language {
  return i18next.language === 'fr' ? 'fr' : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // not fatal: the choice just won't be remembered
  }
}

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});

if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();

export { i18next };
