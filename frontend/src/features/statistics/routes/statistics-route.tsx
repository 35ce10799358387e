import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { PageHeading } from '../../../components/page-heading';
import { useStatistics } from '../api/get-statistics';
import { useRegions } from '../api/list-regions';
import { DurationsTable } from '../components/durations-table';
import { currentMonth, defaultPeriod, firstDay, lastDay, monthLabel, periodProblem, selectableMonths, type Month } from '../components/period';
import { downloadCsv, statisticsCsv, statisticsCsvFileName } from '../components/statistics-csv';
import { StatisticsFilters, type StatisticsFilterValues } from '../components/statistics-filters';
import { statisticsLabels } from '../components/statistics-labels';
import { StatisticsSection } from '../components/statistics-section';
import '../components/statistics.css';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters the address holds (from, to as YYYY-MM; regionId), or the default period when they are missing or wrong. */
function filtersFrom(params: URLSearchParams, today: Date, months: readonly Month[]): StatisticsFilterValues {
  const fallback = defaultPeriod(today);
  const pick = (name: string) => months.find((m) => m === params.get(name));
  const from = pick('from') ?? fallback.from;
  const to = pick('to') ?? (params.get('from') ? currentMonth(today) : fallback.to);
  const period = periodProblem(from, to) ? fallback : { from, to };
  const regionId = params.get('regionId') ?? '';
  return { ...period, regionId: uuid.test(regionId) ? regionId : '' };
}

/** De-identified statistics (coordinators, auditors): a period of whole months and a region, charts with their tables, a CSV. */
export function StatisticsRoute() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const labels = useMemo(() => statisticsLabels(language), [language]);
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useMemo(() => new Date(), []);
  const months = useMemo(() => selectableMonths(today), [today]);
  const filters = filtersFrom(searchParams, today, months);
  const regions = useRegions();
  const query = useStatistics({ from: firstDay(filters.from), to: lastDay(filters.to), regionId: filters.regionId || undefined });
  const report = query.data;
  const region = regions.data?.find((r) => r.id === (report?.regionId ?? filters.regionId)) ?? null;
  const regionName = filters.regionId ? (region ? labels.region(region) : '…') : labels.text('filters.allRegions');

  const apply = (values: StatisticsFilterValues) => {
    const next = new URLSearchParams({ from: values.from, to: values.to });
    if (values.regionId) next.set('regionId', values.regionId);
    setSearchParams(next);
  };

  return (
    <>
      <PageHeading title={labels.text('title')}>{labels.text('title')}</PageHeading>
      <p>{labels.text('intro')}</p>
      <StatisticsFilters
        key={`${filters.from}/${filters.to}/${filters.regionId}`}
        value={filters}
        months={months}
        regions={regions.data ?? []}
        labels={labels}
        onSubmit={apply}
      />
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isFetching ? <Loading /> : null}
      {report ? (
        <div data-testid="statistics-report" aria-busy={query.isFetching}>
          <div className="ro-stats-summary">
            <p data-testid="statistics-summary" aria-live="polite">
              {labels.text('summary', { from: monthLabel(filters.from, language), to: monthLabel(filters.to, language), region: regionName })}
            </p>
            <Button variant="secondary" onClick={() => downloadCsv(statisticsCsv(report, region), statisticsCsvFileName(report, region))} data-testid="statistics-download">
              {labels.text('download')}
            </Button>
          </div>
          <nav aria-label={labels.text('onThisPage')} className="ro-stats-toc">
            <ul>
              {report.tables.map((table) => (
                <li key={table.key}>
                  <a href={`#stats-${table.key}`}>{labels.table(table.key)}</a>
                </li>
              ))}
              <li>
                <a href="#stats-durations">{labels.text('durations.title')}</a>
              </li>
            </ul>
          </nav>
          {report.tables.map((table) => (
            <StatisticsSection key={table.key} table={table} labels={labels} />
          ))}
          <DurationsTable durations={report.durations} labels={labels} />
        </div>
      ) : null}
    </>
  );
}
