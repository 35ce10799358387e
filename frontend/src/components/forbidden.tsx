import { GcdsAlert } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div data-testid="forbidden">
      <GcdsAlert alertRole="warning" heading={t('app.forbidden')} hideCloseBtn container="full">
        <Link to="/">{t('app.backHome')}</Link>
      </GcdsAlert>
    </div>
  );
}
