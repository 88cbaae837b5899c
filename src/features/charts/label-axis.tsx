import { YAxis, useChartWidth } from 'recharts';
import { INK, MUTED } from './palette.ts';

const TICK = { fontSize: 12, fill: INK };

/**
 * The category axis of a horizontal bar chart. Its label column takes up to `max` pixels but never
 * more than `share` of the chart's width, so bars keep room on a phone (recharts wraps longer labels).
 * recharts 3 registers axes through context, so an axis may sit inside a component like this.
 */
export function LabelAxis({ max, share = 0.4 }: { max: number; share?: number }) {
  const chartWidth = useChartWidth() ?? 0;
  const width = Math.round(Math.min(max, Math.max(84, chartWidth * share)));
  return (
    <YAxis
      type="category"
      dataKey="label"
      width={width}
      interval={0}
      tick={TICK}
      tickLine={false}
      stroke={MUTED}
    />
  );
}
