import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatisticsTable } from '../api/types';
import { chartData } from './chart-data';
import type { StatisticsLabels } from './statistics-labels';

/**
 * Bar colours: each has a contrast of at least 3:1 with the white page (WCAG 1.4.11), and stacked
 * segments are separated by a white line. The table beside the chart carries every number.
 */
const palette = ['#1f497a', '#b34700', '#00704a', '#7a3db8', '#b3263e', '#556400', '#006480', '#6b4e16'];

interface StatisticsChartProps {
  table: StatisticsTable;
  labels: StatisticsLabels;
}

/**
 * A horizontal bar chart (stacked for a two-dimension table) drawn as SVG by recharts, with its
 * accessibility layer (the chart takes focus; the arrow keys move from bar to bar and read the
 * values) and a title and description in the SVG. Suppressed counts are not drawn.
 * Chart children are rendered from arrays, never in fragments (recharts reads fragments through react-is).
 */
export function StatisticsChart({ table, labels }: StatisticsChartProps) {
  const { rows, series, stacked } = chartData(table, labels);
  const height = rows.length * (stacked ? 44 : 36) + (stacked ? 110 : 50);
  const title = labels.table(table.key);
  return (
    <figure className="ro-stats-chart" data-testid={`chart-${table.key}`}>
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        title={title}
        desc={labels.text('chartDescription')}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="#d6d9dd" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: '#333333' }} stroke="#7d828b" />
        <YAxis type="category" dataKey="label" width={230} tick={{ fill: '#333333', fontSize: 14 }} stroke="#7d828b" interval={0} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? labels.count({ count: value, suppressed: false }) : labels.text('suppressed'))} />
        {stacked ? (
          <Legend verticalAlign="bottom" itemSorter={null} formatter={(value: string) => <span className="ro-stats-legend-text">{value}</span>} />
        ) : null}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId={stacked ? 'stack' : undefined} fill={palette[i % palette.length]} stroke="#ffffff" isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
}
