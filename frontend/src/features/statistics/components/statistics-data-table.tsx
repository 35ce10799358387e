import type { StatisticsTable } from '../api/types';
import { CountText } from './count-text';
import type { StatisticsLabels } from './statistics-labels';
import { DataTable } from '../../../components/data-table';

interface StatisticsDataTableProps {
  table: StatisticsTable;
  labels: StatisticsLabels;
  /** The id of the footnote on suppression, when the table has a suppressed count. */
  footnoteId?: string | undefined;
}

/** The numbers of a chart as a real table: caption, headers with their scope, a total for each row and column. */
export function StatisticsDataTable({ table, labels, footnoteId }: StatisticsDataTableProps) {
  const columnDimension = table.columnDimension;
  const twoDimensions = Boolean(columnDimension) && table.columns.length > 0;
  const rowName = (key: string) => labels.value(table.key, table.rowDimension, key);
  const total = labels.text('total');
  return (
    <div className="ro-stats-table-wrap" role="region" aria-label={labels.table(table.key)} tabIndex={0}>
      <DataTable className="ro-stats-table" data-testid={`table-${table.key}`} aria-describedby={footnoteId}>
        <caption>{labels.table(table.key)}</caption>
        {twoDimensions && columnDimension ? (
          <>
            <colgroup>
              <col />
            </colgroup>
            <colgroup span={table.columns.length} />
            <colgroup>
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {labels.dimension(table.rowDimension)}
                </th>
                <th scope="colgroup" colSpan={table.columns.length}>
                  {labels.dimension(columnDimension)}
                </th>
                <th scope="col" rowSpan={2} className="ro-stats-number">
                  {total}
                </th>
              </tr>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="ro-stats-number">
                    {labels.value(table.key, columnDimension, column)}
                  </th>
                ))}
              </tr>
            </thead>
          </>
        ) : (
          <thead>
            <tr>
              <th scope="col">{labels.dimension(table.rowDimension)}</th>
              <th scope="col" className="ro-stats-number">
                {labels.text('count')}
              </th>
            </tr>
          </thead>
        )}
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{rowName(row.key)}</th>
              {twoDimensions
                ? row.cells.map((cell, i) => (
                    <td key={table.columns[i] ?? i} className="ro-stats-number">
                      <CountText count={cell} labels={labels} />
                    </td>
                  ))
                : null}
              <td className="ro-stats-number">
                <CountText count={row.total} labels={labels} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{total}</th>
            {twoDimensions
              ? table.columnTotals.map((cell, i) => (
                  <td key={table.columns[i] ?? i} className="ro-stats-number">
                    <CountText count={cell} labels={labels} />
                  </td>
                ))
              : null}
            <td className="ro-stats-number">
              <CountText count={table.total} labels={labels} />
            </td>
          </tr>
        </tfoot>
      </DataTable>
    </div>
  );
}
