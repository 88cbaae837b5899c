import { memo, useId, useRef, type MouseEvent } from 'react';
import { useElementWidth } from '../../components/use-element-width.ts';
import { AxisBottom } from './axes.tsx';
import { textWidth } from './bar-layout.ts';
import { HatchPattern } from './hatch-pattern.tsx';
import { LINE_HEIGHT, unitsLayout, xOfAmount, type RowBox } from './incentive-units-layout.ts';
import { DERIVED, DERIVED_BG, DIMMED, GRID, INK, MUTED, OKABE_ITO, svgId } from './palette.ts';

/** One unit as drawn: the view's texts and the model's amounts. */
export interface UnitBar {
  key: string;
  name: string;
  cost: number;
  costText: string;
  /** The derived share, or null when it could not be derived. */
  share: number | null;
  /** "derived share ₹112.58 billion", beside the cost where there is room; '' without a share. */
  shareText: string;
  /** "50% × ₹225.16 billion = ₹112.58 billion" (the bar's tooltip). */
  arithmetic: string | null;
  selected: boolean;
  /** The site the bar filters by; null: the bar does not filter. */
  siteId: string | null;
}

export interface UnitsTotals {
  name: string;
  cost: number;
  costText: string;
  share: number | null;
  shareText: string;
  outlay: number | null;
  outlayLabel: string | null;
}

interface Props {
  bars: readonly UnitBar[];
  totals: UnitsTotals | null;
  hasSelection: boolean;
  legend: { cost: string; share: string | null; outlay: string | null };
  title: string;
  desc: string;
  tickText: (v: number) => string;
  onBar: (siteId: string, e: MouseEvent) => void;
}

const COST = OKABE_ITO.blue;
const OUTLAY = OKABE_ITO.vermillion;

function Name({ box, x, anchor }: { box: RowBox; x: number; anchor: 'start' | 'end' }) {
  return box.lines.map((line, i) => (
    <tspan key={i} x={x} y={box.labelY + i * LINE_HEIGHT} textAnchor={anchor}>
      {line}
    </tspan>
  ));
}

/**
 * The approved units' stated costs as horizontal bars, each with the derived share hatched within
 * it, and the totals row under a rule: the derived sums, with the stated outlay marked across it.
 * Plain SVG from the view's model (as category-bars.tsx); only the width is measured.
 */
export const IncentiveUnitsDrawing = memo(function IncentiveUnitsDrawing({
  bars,
  totals,
  hasSelection,
  legend,
  title,
  desc,
  tickText,
  onBar,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const hatch = svgId(useId(), 'unit-share');
  const legendLabels = [legend.cost, legend.share, legend.outlay].filter(
    (x): x is string => x !== null,
  );
  const max = Math.max(1, ...bars.map((b) => b.cost), totals?.cost ?? 0, totals?.outlay ?? 0);
  const l =
    width > 0
      ? unitsLayout({
          width,
          names: bars.map((b) => b.name),
          values: bars.map((b) => b.costText),
          shares: bars.map((b) => b.shareText),
          totalsName: totals?.name ?? '',
          totalsValue: totals?.costText ?? '',
          totalsShare: totals?.shareText ?? '',
          legend: legendLabels,
          outlayLabel: totals?.outlayLabel ?? null,
          max,
          tickText,
        })
      : null;
  const anchor = l?.stacked ? 'start' : 'end';
  const swatch = (label: string) =>
    label === legend.cost
      ? { fill: COST }
      : label === legend.share
        ? { fill: `url(#${hatch})`, stroke: DERIVED, strokeDasharray: '3 2' }
        : { fill: OUTLAY };
  return (
    <div ref={box} className="bar-drawing units-drawing">
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
          <HatchPattern id={hatch} background={DERIVED_BG} stroke={DERIVED} strokeWidth={2.5} />
          <g className="chart-legend">
            {l.legend.map((item) => (
              <g key={item.label} transform={`translate(${item.x},${item.y})`}>
                <rect width={14} height={14} rx={2} {...swatch(item.label)} />
                <text x={20} y={7} dominantBaseline="central" fontSize={12} fill={INK}>
                  {item.label}
                </text>
              </g>
            ))}
          </g>
          <g className="chart-grid" stroke={GRID}>
            {l.ticks.map((v) => (
              <line
                key={v}
                x1={xOfAmount(l, v)}
                x2={xOfAmount(l, v)}
                y1={l.rows[0]?.barY ?? l.totals.top}
                y2={l.axisY}
              />
            ))}
          </g>
          <g className="units-bars">
            {bars.map((b, k) => {
              const row = l.rows[k]!;
              const end = xOfAmount(l, b.cost, 2);
              const half = b.share === null ? l.plotLeft : xOfAmount(l, b.share);
              const filters = b.siteId !== null;
              return (
                <g
                  key={b.key}
                  className="unit-row"
                  data-key={b.key}
                  opacity={hasSelection && !b.selected ? DIMMED + 0.25 : 1}
                >
                  <text
                    className="chart-axis-label unit-name"
                    fill={INK}
                    dominantBaseline="central"
                  >
                    {row.lines.join(' ') !== b.name && <title>{b.name}</title>}
                    <Name box={row} x={l.labelX} anchor={anchor} />
                  </text>
                  <rect
                    className="unit-bar"
                    data-key={b.key}
                    x={l.plotLeft}
                    y={row.barY}
                    width={end - l.plotLeft}
                    height={l.barHeight}
                    fill={COST}
                    stroke={b.selected ? INK : 'none'}
                    strokeWidth={b.selected ? 2 : 0}
                    cursor={filters ? 'pointer' : undefined}
                    onClick={filters ? (e) => onBar(b.siteId!, e) : undefined}
                  >
                    <title>{b.arithmetic ? `${b.name}: ${b.arithmetic}` : b.name}</title>
                  </rect>
                  {half - l.plotLeft >= 2 && (
                    <rect
                      className="unit-share derived"
                      x={l.plotLeft}
                      y={row.barY + 1}
                      width={half - l.plotLeft}
                      height={l.barHeight - 2}
                      fill={`url(#${hatch})`}
                      stroke={DERIVED}
                      strokeDasharray="3 2"
                      pointerEvents="none"
                    />
                  )}
                  <text
                    className="chart-value-label"
                    x={end + 5}
                    y={row.barY + l.barHeight / 2}
                    dominantBaseline="central"
                    fill={INK}
                  >
                    {b.costText}
                    {l.shares && b.shareText !== '' && (
                      <tspan className="unit-share-label" fill={MUTED} fontWeight={400}>
                        {' '}
                        {b.shareText}
                      </tspan>
                    )}
                  </text>
                </g>
              );
            })}
          </g>
          <line
            className="units-rule"
            x1={0}
            x2={l.width}
            y1={l.ruleY}
            y2={l.ruleY}
            stroke={MUTED}
          />
          {totals && (
            <g className="units-totals">
              <text className="chart-axis-label unit-name" fill={INK} dominantBaseline="central">
                <Name box={l.totals} x={l.labelX} anchor={anchor} />
              </text>
              <rect
                className="units-total-bar derived"
                x={l.plotLeft}
                y={l.totals.barY}
                width={xOfAmount(l, totals.cost, 2) - l.plotLeft}
                height={l.barHeight}
                fill={COST}
                fillOpacity={0.55}
                stroke={INK}
                strokeDasharray="4 3"
              />
              {totals.share !== null && (
                <rect
                  className="units-total-share derived"
                  x={l.plotLeft}
                  y={l.totals.barY + 1}
                  width={xOfAmount(l, totals.share) - l.plotLeft}
                  height={l.barHeight - 2}
                  fill={`url(#${hatch})`}
                  stroke={DERIVED}
                  strokeDasharray="3 2"
                />
              )}
              <text
                className="chart-value-label"
                x={xOfAmount(l, totals.cost, 2) + 5}
                y={l.totals.barY + l.barHeight / 2}
                dominantBaseline="central"
                fill={INK}
              >
                {totals.costText}
                {l.shares && totals.shareText !== '' && (
                  <tspan className="unit-share-label" fill={MUTED} fontWeight={400}>
                    {' '}
                    {totals.shareText}
                  </tspan>
                )}
              </text>
              {totals.outlay !== null && totals.outlayLabel !== null && (
                <OutlayMark
                  x={xOfAmount(l, totals.outlay)}
                  top={l.totals.outlayY}
                  bottom={l.totals.barY + l.barHeight + 4}
                  label={totals.outlayLabel}
                  left={l.plotLeft}
                  right={l.width}
                />
              )}
            </g>
          )}
          <AxisBottom
            ticks={l.ticks}
            x={(v) => xOfAmount(l, v)}
            y={l.axisY}
            left={l.plotLeft}
            right={l.plotRight}
            format={tickText}
          />
        </svg>
      )}
    </div>
  );
});

/** The stated outlay: a line through the totals row, its label above, kept inside the drawing. */
function OutlayMark(p: {
  x: number;
  top: number;
  bottom: number;
  label: string;
  left: number;
  right: number;
}) {
  const w = textWidth(p.label) + 4;
  const anchor = p.x + w / 2 > p.right ? 'end' : p.x - w / 2 < p.left ? 'start' : 'middle';
  return (
    <g className="units-outlay">
      <line x1={p.x} x2={p.x} y1={p.top + 7} y2={p.bottom} stroke={OUTLAY} strokeWidth={3} />
      <text
        className="chart-value-label"
        x={p.x}
        y={p.top}
        textAnchor={anchor}
        dominantBaseline="central"
        fill={INK}
      >
        {p.label}
      </text>
    </g>
  );
}
