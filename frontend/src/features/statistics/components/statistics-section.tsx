import type { StatisticsCount, StatisticsTable } from '../api/types';
import { StatisticsChart } from './statistics-chart';
import { StatisticsDataTable } from './statistics-data-table';
import type { StatisticsLabels } from './statistics-labels';

export function hasSuppressed(table: StatisticsTable): boolean {
  const counts: StatisticsCount[] = [table.total, ...table.columnTotals, ...table.rows.flatMap((r) => [r.total, ...r.cells])];
  return counts.some((c) => c.suppressed);
}

/** One table of the report: its title and what it counts, the chart, and the same numbers as a table. */
export function StatisticsSection({ table, labels }: { table: StatisticsTable; labels: StatisticsLabels }) {
  const headingId = `stats-${table.key}`;
  const footnoteId = hasSuppressed(table) ? `stats-${table.key}-footnote` : undefined;
  return (
    <section aria-labelledby={headingId} className="ro-stats-section" data-testid={`section-${table.key}`}>
      <h2 id={headingId}>{labels.table(table.key)}</h2>
      <p>{labels.tableDescription(table.key)}</p>
      <div className={table.columns.length ? 'ro-stats-pair ro-stats-pair--stacked' : 'ro-stats-pair'}>
        <StatisticsChart table={table} labels={labels} />
        <div>
          <StatisticsDataTable table={table} labels={labels} footnoteId={footnoteId} />
          {footnoteId ? (
            <p id={footnoteId} className="ro-stats-footnote">
              <span aria-hidden="true">* </span>
              {labels.text('suppressedRule')}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
