import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="ro-loading">
      {t('app.loading')}
    </p>
  );
}
