import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Authorization } from '../../../components/authorization';
import { ButtonLink } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { ListSearch } from '../../../components/list-search';
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
  const q = searchParams.get('q') ?? '';
  const query = useCases(page, casesPageSize, q);
  const go = (next: { q: string; page: number }) => {
    const params: Record<string, string> = {};
    if (next.q) params.q = next.q;
    if (next.page) params.page = String(next.page);
    setSearchParams(params);
  };
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
      <ListSearch
        value={q}
        onSearch={(text) => go({ q: text, page: 0 })}
        text={{ label: t('peopleFacts.search.label'), hint: t('peopleFacts.search.hint'), button: t('peopleFacts.search.button'), clear: t('peopleFacts.search.clear') }}
        idPrefix="case-search"
      />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data && !query.data.items.length ? (
        <p data-testid="no-cases">{q ? t('peopleFacts.search.noneFound') : isAllowed(roles, 'cases:all') ? t('cases.list.none') : t('cases.list.noneMine')}</p>
      ) : null}
      {query.data?.items.length ? <CaseTable items={query.data.items} /> : null}
      <Pagination page={page} pages={pages} exact={query.data?.totalIsExact ?? true} onChange={(p) => go({ q, page: p })} />
    </>
  );
}
