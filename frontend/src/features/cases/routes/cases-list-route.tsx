import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { Pagination } from '../../../components/pagination';
import { useRoles } from '../../../lib/auth/session';
import { isAllowed } from '../../../lib/authorization';
import { useCases } from '../api/list-cases';
import { CaseTable } from '../components/case-table';

export const casesPageSize = 20;

/** Coordinators: every case; mediators: the cases they are assigned to. */
export function CasesListRoute() {
  const { t } = useTranslation();
  const roles = useRoles();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(0, Number(searchParams.get('page') ?? '0') || 0);
  const query = useCases(page, casesPageSize);
  const title = isAllowed(roles, 'cases:all') ? t('cases.list.title') : t('cases.list.mineTitle');
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / casesPageSize)) : 1;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Authorization policy="cases:open">
        <p className="ro-actions ro-actions--top">
          <ButtonLink to="/cases/new" variant="primary" data-testid="open-new-case">
            {t('cases.open.title')}
          </ButtonLink>
        </p>
      </Authorization>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.items.length ? <p data-testid="no-cases">{isAllowed(roles, 'cases:all') ? t('cases.list.none') : t('cases.list.noneMine')}</p> : null}
      {query.data?.items.length ? <CaseTable items={query.data.items} /> : null}
      <Pagination page={page} pages={pages} exact={query.data?.totalIsExact ?? true} onChange={(p) => setSearchParams(p ? { page: String(p) } : {})} />
    </>
  );
}
