import type { DurationStatistic } from '../api/types';
import { CountText } from './count-text';
import type { StatisticsLabels } from './statistics-labels';
import { DataTable } from '../../../components/data-table';

/** How long steps took: median and 90th percentile in days, or "not shown" for a group under 5. */
export function DurationsTable({ durations, labels }: { durations: DurationStatistic[]; labels: StatisticsLabels }) {
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? <span className="ro-stats-suppressed">{labels.text('durations.notShown')}</span> : labels.days(value);
  const footnote = durations.some((d) => d.groupSize.suppressed);
  return (
    <section aria-labelledby="stats-durations" className="ro-stats-section" data-testid="section-durations">
      <h2 id="stats-durations">{labels.text('durations.title')}</h2>
      <p>{labels.text('durations.description')}</p>
      <div className="ro-stats-table-wrap" role="region" aria-label={labels.text('durations.title')} tabIndex={0}>
        <DataTable className="ro-stats-table" data-testid="table-durations" aria-describedby={footnote ? 'stats-durations-footnote' : undefined}>
          <caption>{labels.text('durations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.text('durations.step')}</th>
              <th scope="col" className="ro-stats-number">
                {labels.text('durations.groupSize')}
              </th>
              <th scope="col" className="ro-stats-number">
                {labels.text('durations.median')}
              </th>
              <th scope="col" className="ro-stats-number">
                {labels.text('durations.percentile90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {durations.map((d) => (
              <tr key={d.key} data-testid={`duration-${d.key}`}>
                <th scope="row">{labels.duration(d.key)}</th>
                <td className="ro-stats-number">
                  <CountText count={d.groupSize} labels={labels} />
                </td>
                <td className="ro-stats-number">{days(d.median)}</td>
                <td className="ro-stats-number">{days(d.percentile90)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
      {footnote ? (
        <p id="stats-durations-footnote" className="ro-stats-footnote">
          <span aria-hidden="true">* </span>
          {labels.text('suppressedRule')}
        </p>
      ) : null}
    </section>
  );
}
