import type { RegionView, StatisticsCount, StatisticsReport, StatisticsTable } from '../api/types';
import { statisticsLabels, type StatisticsLabels } from './statistics-labels';
import { saveBlob } from '../../../lib/api/download';

/**
 * The whole report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents),
 * CRLF lines (RFC 4180), every header and name in English and French ("Count / Nombre"), one section per
 * table (its dimensions, then Count), the totals, the durations, and the suppression rule. Counts are
 * plain numbers; a suppressed count is the word, never a number.
 */
export function statisticsCsv(report: StatisticsReport, region: RegionView | null): string {
  const en = statisticsLabels('en');
  const fr = statisticsLabels('fr');
  const both = (say: (labels: StatisticsLabels) => string) => `${say(en)} / ${say(fr)}`;
  const total = both((l) => l.text('total'));
  const count = (c: StatisticsCount) => (c.suppressed || c.count === null || c.count === undefined ? both((l) => l.text('suppressed')) : c.count);
  const lines: (string | number)[][] = [
    [both((l) => l.text('csv.title'))],
    [both((l) => l.text('csv.period')), report.from, report.to],
    [both((l) => l.text('csv.region')), regionName(report, region, both)],
  ];
  for (const table of report.tables) lines.push([], ...tableLines(table, both, count, total));
  lines.push([], [both((l) => l.text('durations.title'))]);
  lines.push([both((l) => l.text('durations.step')), both((l) => l.text('durations.groupSize')), both((l) => l.text('durations.median')), both((l) => l.text('durations.percentile90'))]);
  const days = (value: number | null | undefined) => (value === null || value === undefined ? both((l) => l.text('durations.notShown')) : value.toFixed(1));
  for (const d of report.durations) lines.push([both((l) => l.duration(d.key)), count(d.groupSize), days(d.median), days(d.percentile90)]);
  lines.push([], [en.text('suppressedRule')], [fr.text('suppressedRule')]);
  return `\uFEFF${lines.map((fields) => fields.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The region's names; its id when the list of regions could not be read; every region when none was asked for. */
function regionName(report: StatisticsReport, region: RegionView | null, both: (say: (labels: StatisticsLabels) => string) => string): string {
  if (region) return both((l) => l.region(region));
  return report.regionId ?? both((l) => l.text('filters.allRegions'));
}

function tableLines(
  table: StatisticsTable,
  both: (say: (labels: StatisticsLabels) => string) => string,
  count: (c: StatisticsCount) => string | number,
  total: string,
): (string | number)[][] {
  const rowName = (key: string) => both((l) => l.value(table.key, table.rowDimension, key));
  const lines: (string | number)[][] = [[both((l) => l.table(table.key))]];
  const columnDimension = table.columnDimension;
  if (!columnDimension || !table.columns.length) {
    lines.push([both((l) => l.dimension(table.rowDimension)), both((l) => l.text('count'))]);
    for (const row of table.rows) lines.push([rowName(row.key), count(row.total)]);
    lines.push([total, count(table.total)]);
    return lines;
  }
  const columnName = (key: string) => both((l) => l.value(table.key, columnDimension, key));
  lines.push([both((l) => l.dimension(table.rowDimension)), both((l) => l.dimension(columnDimension)), both((l) => l.text('count'))]);
  for (const row of table.rows) {
    table.columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (cell) lines.push([rowName(row.key), columnName(column), count(cell)]);
    });
    lines.push([rowName(row.key), total, count(row.total)]);
  }
  table.columns.forEach((column, i) => {
    const cell = table.columnTotals[i];
    if (cell) lines.push([total, columnName(column), count(cell)]);
  });
  lines.push([total, total, count(table.total)]);
  return lines;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break; text that a spreadsheet would run as a formula is made inert. */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** statistics-<from>-<to>[-<region code>].csv */
export function statisticsCsvFileName(report: StatisticsReport, region: RegionView | null): string {
  const regionPart = region ? `-${region.code.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}` : report.regionId ? `-${report.regionId}` : '';
  return `statistics-${report.from}-${report.to}${regionPart}.csv`;
}

/** Hands the CSV to the browser as a download (a Blob URL: nothing leaves the page). */
export function downloadCsv(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
