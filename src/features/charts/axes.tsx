/**
 * Axes and grid lines for the charts drawn as plain SVG (category bars, timeline, investments): one
 * look for all of them, no DOM text measurement. Labels carry `chart-axis-label` (print.css sets
 * their size on paper).
 */
import { GRID, MUTED } from './palette.ts';

/** A linear map of [d0, d1] onto [r0, r1]. */
export const linear =
  (d0: number, d1: number, r0: number, r1: number) =>
  (v: number): number =>
    d1 === d0 ? r0 : r0 + ((v - d0) * (r1 - r0)) / (d1 - d0);

/** A vertical count axis at x (labels to its left) with horizontal grid lines across the plot. */
export function CountAxisLeft({
  ticks,
  y,
  x,
  right,
  format,
}: {
  ticks: readonly number[];
  y: (v: number) => number;
  x: number;
  /** Where the grid lines end. */
  right: number;
  format: (v: number) => string;
}) {
  return (
    <g className="chart-axis">
      <g className="chart-grid" stroke={GRID}>
        {ticks.map((v) => (
          <line key={v} x1={x} x2={right} y1={y(v)} y2={y(v)} />
        ))}
      </g>
      <line x1={x} x2={x} y1={y(ticks[0] ?? 0)} y2={y(ticks.at(-1) ?? 0)} stroke={MUTED} />
      {ticks.map((v) => (
        <g key={v} transform={`translate(${x},${y(v)})`}>
          <line x2={-6} stroke={MUTED} />
          <text className="chart-axis-label" x={-9} dy="0.32em" textAnchor="end" fill={MUTED}>
            {format(v)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Tick marks and labels under a horizontal axis line at y. */
export function AxisBottom({
  ticks,
  x,
  y,
  left,
  right,
  format,
  tickLine = true,
}: {
  ticks: readonly number[];
  x: (v: number) => number;
  y: number;
  left: number;
  right: number;
  format: (v: number) => string;
  tickLine?: boolean;
}) {
  return (
    <g className="chart-axis">
      <line x1={left} x2={right} y1={y} y2={y} stroke={MUTED} />
      {ticks.map((v) => (
        <g key={v} transform={`translate(${x(v)},${y})`}>
          {tickLine && <line y2={6} stroke={MUTED} />}
          <text className="chart-axis-label" y={9} dy="0.71em" textAnchor="middle" fill={MUTED}>
            {format(v)}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
}

/** Rough text width at 12px, to space the items; the labels are short series names. */
const legendWidth = (text: string) => text.length * 6.6;

/** A legend drawn inside the SVG (so the PNG export carries it), items side by side from x. */
export function SvgLegendRow({
  items,
  x,
  y,
}: {
  items: readonly LegendItem[];
  x: number;
  y: number;
}) {
  // Each item starts where the previous ones end.
  const starts = items.map((_, i) =>
    items.slice(0, i).reduce((at, item) => at + 14 + 6 + legendWidth(item.label) + 16, x),
  );
  return (
    <g className="chart-legend" transform={`translate(0, ${y})`}>
      {items.map((item, i) => {
        const start = starts[i] ?? x;
        return (
          <g key={item.label} transform={`translate(${start}, 0)`}>
            <rect
              width={14}
              height={14}
              rx={2}
              fill={item.fill}
              stroke={item.stroke ?? 'none'}
              strokeWidth={item.stroke ? 1 : 0}
            />
            <text x={20} y={7} dominantBaseline="central" fontSize={12} fill="var(--ink)">
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
