import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pages: number;
  onChange: (page: number) => void;
  /** False when the list's total reached the API's count cap: there are more pages than `pages`. */
  exact?: boolean;
}

/** Previous / next over zero-based pages, styled like the GC Design System's simple pagination. */
export function Pagination({ page, pages, onChange, exact = true }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('participants.pagination.label')} className="ro-pagination" data-testid="pagination">
      <button type="button" className="ro-pagination__link" disabled={page <= 0} onClick={() => onChange(page - 1)}>
        ‹ {t('participants.pagination.previous')}
      </button>
      <span className="ro-pagination__status" aria-live="polite">
        {t(exact ? 'participants.pagination.status' : 'participants.pagination.statusMore', { page: page + 1, pages })}
      </span>
      <button type="button" className="ro-pagination__link" disabled={exact && page >= pages - 1} onClick={() => onChange(page + 1)}>
        {t('participants.pagination.next')} ›
      </button>
    </nav>
  );
}
