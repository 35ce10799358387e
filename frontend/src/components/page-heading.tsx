import { GcdsHeading } from '@gcds-core/components-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1 (GCDS heading), also naming the browser tab. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} - ${t('app.title')}`;
  }, [title, t]);
  return (
    <GcdsHeading tag="h1" data-testid="page-heading">
      {children}
    </GcdsHeading>
  );
}
