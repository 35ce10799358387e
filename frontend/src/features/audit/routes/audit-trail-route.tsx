import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { isApiError } from '../../../lib/api/problem';
import { useExportAuditEntries } from '../api/export-audit-entries';
import { useAuditEntries } from '../api/list-audit-entries';
import { auditFilterNames, auditRoles, givenFilters, type AuditFilters } from '../api/types';
import { AuditEntryTable } from '../components/audit-entry-table';
import { AuditFilterForm } from '../components/audit-filter-form';
import { CursorPager } from '../components/cursor-pager';
import { useCursorPages } from '../components/use-cursor-pages';

function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: Record<string, string> = {};
  for (const name of auditFilterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const role = auditRoles.find((r) => r === filters.role);
  return { ...filters, role } as AuditFilters;
}

/** The audit trail (auditor): filters kept in the URL, newest first, by cursor, with a CSV export of the same filters. */
export function AuditTrailRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = givenFilters(filtersFrom(searchParams));
  const filterKey = JSON.stringify(filters);
  const pages = useCursorPages(filterKey);
  const query = useAuditEntries(filters, pages.after);
  const exporting = useExportAuditEntries();

  const apply = (next: AuditFilters) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(givenFilters(next))) params.set(name, value);
    setSearchParams(params);
    exporting.reset();
  };

  const fieldErrors = isApiError(query.error) ? query.error.fieldErrors() : {};
  const data = query.data;
  return (
    <>
      <PageHeading title={t('audit.trail.title')}>{t('audit.trail.title')}</PageHeading>
      <p>{t('audit.trail.intro')}</p>
      <AuditFilterForm key={filterKey} filters={filters} errors={fieldErrors} onApply={apply} />
      {query.isError ? <ErrorAlert error={query.error} shownFields={Object.keys(fieldErrors)} /> : null}
      {query.isPending && !query.isError ? <Loading /> : null}
      {data ? (
        <section aria-labelledby="audit-results" data-testid="audit-results">
          <h2 id="audit-results">{t('audit.trail.results')}</h2>
          <div className="ro-actions ro-actions--top">
            <p data-testid="audit-total" aria-live="polite">
              {t(data.totalIsExact ? 'audit.trail.total' : 'audit.trail.totalMore', { count: data.total })} {t('audit.trail.newestFirst')}
            </p>
            <Button variant="secondary" disabled={exporting.isPending || data.total === 0} onClick={() => exporting.mutate(filters)} data-testid="export-csv">
              {exporting.isPending ? t('audit.trail.exporting') : t('audit.trail.export')}
            </Button>
          </div>
          {exporting.isError ? <ErrorAlert error={exporting.error} /> : null}
          {exporting.isSuccess ? (
            <p role="status" data-testid="export-done">
              {t('audit.trail.exported')}
            </p>
          ) : null}
          {data.items?.length ? <AuditEntryTable items={data.items} caption={t('audit.trail.results')} /> : <p data-testid="audit-empty">{t('audit.trail.empty')}</p>}
          <CursorPager hasPrevious={pages.hasPrevious} next={data.next} onPrevious={pages.previous} onNext={pages.next} />
        </section>
      ) : null}
    </>
  );
}
