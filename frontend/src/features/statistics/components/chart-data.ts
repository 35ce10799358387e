import type { StatisticsTable } from '../api/types';
import type { StatisticsLabels } from './statistics-labels';

export interface ChartSeries {
  key: string;
  name: string;
}

/** One bar (or one stack of bars) per value of the table's rows; a suppressed count is null, so no bar is drawn for it. */
export interface ChartData {
  rows: ({ label: string } & Record<string, number | string | null>)[];
  series: ChartSeries[];
  stacked: boolean;
}

export function chartData(table: StatisticsTable, labels: StatisticsLabels): ChartData {
  const columnDimension = table.columnDimension;
  const rowLabel = (key: string) => labels.value(table.key, table.rowDimension, key);
  const amount = (c: { count?: number | null; suppressed: boolean }) => (c.suppressed ? null : (c.count ?? null));
  if (!columnDimension || !table.columns.length) {
    return {
      stacked: false,
      series: [{ key: 'count', name: labels.text('count') }],
      rows: table.rows.map((row) => ({
        label: row.total.suppressed ? labels.text('chartSuppressed', { label: rowLabel(row.key) }) : rowLabel(row.key),
        count: amount(row.total),
      })),
    };
  }
  const series = table.columns.map((column, i) => ({ key: `s${i}`, name: labels.value(table.key, columnDimension, column) }));
  return {
    stacked: true,
    series,
    rows: table.rows.map((row) => {
      const bars: Record<string, number | null> = {};
      series.forEach((s, i) => {
        const cell = row.cells[i];
        bars[s.key] = cell ? amount(cell) : null;
      });
      return { ...bars, label: rowLabel(row.key) };
    }),
  };
}
