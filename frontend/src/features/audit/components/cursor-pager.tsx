import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  /** A page before this one was read (by cursor), so the reader can go back. */
  hasPrevious: boolean;
  /** The API's cursor of the next page, or null on the last page. */
  next: string | null | undefined;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
}

/** Previous / next over a list read by cursor (keyset): the same cost at any depth. */
export function CursorPager({ hasPrevious, next, onPrevious, onNext }: CursorPagerProps) {
  const { t } = useTranslation();
  if (!hasPrevious && !next) return null;
  return (
    <nav aria-label={t('participants.pagination.label')} className="ro-pagination" data-testid="pagination">
      <button type="button" className="ro-pagination__link" disabled={!hasPrevious} onClick={onPrevious} data-testid="previous-page">
        ‹ {t('participants.pagination.previous')}
      </button>
      <button type="button" className="ro-pagination__link" disabled={!next} onClick={() => next && onNext(next)} data-testid="next-page">
        {t('participants.pagination.next')} ›
      </button>
    </nav>
  );
}
