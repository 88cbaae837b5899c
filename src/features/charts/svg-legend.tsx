import { usePlotArea } from 'recharts';
import { INK } from './palette.ts';

export interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
}

/** Rough text width at 12px, to space the items; the labels are short series names. */
const textWidth = (text: string) => text.length * 6.6;

/**
 * A legend drawn inside the chart's SVG, above the plot area. recharts' <Legend> renders HTML
 * before the SVG, which would leave it out of the PNG export (and make its icon the first <svg>).
 */
export function SvgLegend({ items }: { items: readonly LegendItem[] }) {
  const plot = usePlotArea();
  if (!plot) return null;
  // Each item starts where the previous ones end.
  const starts = items.map((_, i) =>
    items.slice(0, i).reduce((x, item) => x + 14 + 6 + textWidth(item.label) + 16, plot.x),
  );
  return (
    <g className="chart-legend" transform={`translate(0, ${Math.max(2, plot.y - 20)})`}>
      {items.map((item, i) => (
        <g key={item.label} transform={`translate(${starts[i] ?? plot.x}, 0)`}>
          <rect
            width={14}
            height={14}
            rx={2}
            fill={item.fill}
            stroke={item.stroke ?? 'none'}
            strokeWidth={item.stroke ? 1 : 0}
          />
          <text x={20} y={7} dominantBaseline="central" fontSize={12} fill={INK}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
