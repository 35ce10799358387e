import type { StatisticsCount } from '../api/types';
import type { StatisticsLabels } from './statistics-labels';

/** A count in a table cell; a suppressed one reads as the word, marked for the footnote that explains it. */
export function CountText({ count, labels }: { count: StatisticsCount; labels: StatisticsLabels }) {
  if (!count.suppressed && count.count !== null && count.count !== undefined) return <>{labels.count(count)}</>;
  return (
    <span className="ro-stats-suppressed" data-testid="suppressed">
      {labels.text('suppressed')}
      <sup aria-hidden="true">*</sup>
    </span>
  );
}
