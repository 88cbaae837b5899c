import { memo, useRef, type MouseEvent } from 'react';
import { formatCount, formatTick } from '../../domain/format.ts';
import { useElementWidth } from '../../components/use-element-width.ts';
import { barLayout, lineOffsets, wrapLabel, xOf } from './bar-layout.ts';
import { DIMMED, GRID, INK, MUTED } from './palette.ts';

export interface Bar {
  key: string;
  label: string;
  count: number;
  selected: boolean;
}

interface Props {
  bars: readonly Bar[];
  colour: string;
  hasSelection: boolean;
  title: string;
  desc: string;
  locale: string;
  onBar: (key: string, e: MouseEvent) => void;
}

const RADIUS = 4;

/** A bar with its right-hand corners rounded (the end that grows). */
function barPath(x: number, y: number, w: number, h: number): string {
  const r = Math.min(RADIUS, w, h / 2);
  if (r <= 0) return `M${x},${y}h${w}v${h}h${-w}z`;
  return `M${x},${y}h${w - r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${r - w}z`;
}

/**
 * Projects per category as horizontal bars, drawn as plain SVG from the chart's model: labels at
 * the left, counts at the bars' ends, a count axis with whole-number ticks below. The sector, type
 * and country charts redraw on every filter change, so they are drawn here rather than by recharts,
 * whose re-render of a bar chart after a click cost ~15 ms in four commits before the next paint
 * (measured; see the README's Bench section). Only the width is measured, once per resize.
 */
export const CategoryBars = memo(function CategoryBars({
  bars,
  colour,
  hasSelection,
  title,
  desc,
  locale,
  onBar,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const largest = bars.reduce((m, b) => Math.max(m, b.count), 0);
  const longest = bars.reduce((m, b) => Math.max(m, formatCount(b.count, locale).length), 1);
  const labelRoom = Math.max(28, 10 + 7 * longest);
  const l = width > 0 ? barLayout(width, bars.length, largest, labelRoom) : null;
  return (
    <div ref={box} className="bar-drawing">
      {l && (
        <svg
          className="chart-surface"
          width={l.width}
          height={l.height}
          viewBox={`0 0 ${l.width} ${l.height}`}
          role="img"
        >
          <title>{title}</title>
          <desc>{desc}</desc>
          <g className="chart-grid" stroke={GRID}>
            {l.ticks.map((v) => (
              <line key={v} x1={xOf(l, v)} x2={xOf(l, v)} y1={0} y2={l.plotBottom} />
            ))}
          </g>
          <g className="chart-axis chart-count-axis">
            <line
              x1={l.plotLeft}
              x2={l.plotRight}
              y1={l.plotBottom}
              y2={l.plotBottom}
              stroke={MUTED}
            />
            {l.ticks.map((v) => (
              <g key={v} transform={`translate(${xOf(l, v)},${l.plotBottom})`}>
                <line y2={6} stroke={MUTED} />
                <text
                  className="chart-axis-label"
                  y={10}
                  dy="0.71em"
                  textAnchor="middle"
                  fill={MUTED}
                >
                  {formatTick(v, locale)}
                </text>
              </g>
            ))}
          </g>
          <g className="chart-axis chart-label-axis">
            <line x1={l.plotLeft} x2={l.plotLeft} y1={0} y2={l.plotBottom} stroke={MUTED} />
            {bars.map((b, k) => {
              const lines = wrapLabel(b.label, l.labelRight - 12);
              const y = (k + 0.5) * l.band;
              return (
                <text
                  key={b.key}
                  className="chart-axis-label category-axis-label"
                  x={l.labelRight - 8}
                  y={y}
                  textAnchor="end"
                  dominantBaseline="central"
                  fill={INK}
                >
                  {lines.length > 1 || lines[0] !== b.label ? <title>{b.label}</title> : null}
                  {lines.map((line, i) => (
                    <tspan key={i} x={l.labelRight - 8} y={y + lineOffsets(lines.length)[i]!}>
                      {line}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </g>
          <g className="category-bars">
            {bars.map((b, k) => {
              const y = k * l.band + (l.band - l.barHeight) / 2;
              const w = xOf(l, b.count) - l.plotLeft;
              return (
                <g key={b.key}>
                  {w > 0 && (
                    <path
                      className="category-bar"
                      data-key={b.key}
                      d={barPath(l.plotLeft, y, w, l.barHeight)}
                      fill={colour}
                      fillOpacity={hasSelection && !b.selected ? DIMMED : 1}
                      stroke={b.selected ? INK : 'none'}
                      strokeWidth={b.selected ? 2 : 0}
                      cursor="pointer"
                      onClick={(e) => onBar(b.key, e)}
                    />
                  )}
                  <text
                    className="chart-value-label"
                    x={l.plotLeft + w + 4}
                    y={y + l.barHeight / 2}
                    dominantBaseline="central"
                    fill={INK}
                  >
                    {formatCount(b.count, locale)}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      )}
    </div>
  );
});
