import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('app.notFound')}>{t('app.notFound')}</PageHeading>
      <p>{t('app.notFoundBody')}</p>
      <Link to="/">{t('app.backHome')}</Link>
    </>
  );
}
