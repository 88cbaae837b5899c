import { memo, useRef } from 'react';
import type { InvestmentsModel, PeriodSpan } from '../../domain/coordinator/index.ts';
import { formatValue } from '../../domain/format.ts';
import { useElementWidth } from '../../components/use-element-width.ts';
import { useT } from '../../i18n/use-t.ts';
import { AxisBottom, CountAxisLeft, linear } from './axes.tsx';
import { niceTicks } from './bar-layout.ts';
import { wrapWords, yearText } from './labels.ts';
import { DERIVED, DIMMED, INK, MUTED, OKABE_ITO } from './palette.ts';

export const INVESTMENTS_HEIGHT = 300;
const HEIGHT = INVESTMENTS_HEIGHT;
/** Room above the tallest span for its value and the axis title. */
const TOP = 44;
const RIGHT = 16;
const LEFT = 40;
/** The year axis and, under it, the periods' names. */
const AXES = 30 + 22;
/** The derived-average label: 12px semibold, about 6.8px a character, 14px a line. */
const CHAR = 6.8;
const LINE = 14;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Each count's colour: the article's in blue, JETRO's Japan-only count in vermillion. */
export const SERIES_COLOURS = { article: OKABE_ITO.blue, jetro: OKABE_ITO.vermillion } as const;

/**
 * The investment periods as plain SVG: per period, one span per count (the article's, then
 * JETRO's), each its total above it, the article's derived even spread per year as a dashed segment
 * inside it, the axis titled as period totals, and the timeline's year range highlighted behind.
 */
export const InvestmentsDrawing = memo(function InvestmentsDrawing({
  model,
  title,
  desc,
}: {
  model: InvestmentsModel;
  title: string;
  desc: string;
}) {
  const { locale } = useT();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const { spans, ticks, range } = model;
  const [d0, d1] = model.domain;
  const periodAt = new Map(spans.map((s) => [(s.x0 + s.x1) / 2, s]));
  const { t } = useT();
  return (
    <div ref={box} className="bar-drawing">
      {width > 0 && (
        <svg
          className="chart-surface"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
        >
          <title>{title}</title>
          <desc>{desc}</desc>
          <Frame
            width={width}
            domain={[d0, d1]}
            ticks={ticks}
            top={Math.max(1, ...spans.map((s) => s.total))}
            locale={locale}
            periodAt={periodAt}
            range={range}
            spans={spans}
            axisTitle={t('investments.axis')}
          />
        </svg>
      )}
    </div>
  );
});

/** Each period's span. The derived average is drawn inside it (dashed, labelled "Derived"), so it
 * can never be read as a yearly value. */
function SpanMark({ span: s, box: { x, y, width, height } }: { span: PeriodSpan; box: Box }) {
  const { t, locale } = useT();
  const number = (v: number, unit: PeriodSpan['unit'] = 'count') => formatValue(v, unit, locale);
  const periodText = (p: PeriodSpan) =>
    t('investments.period', { start: yearText(p.start, locale), end: yearText(p.end, locale) });
  // A hair of space between adjacent periods so they read as two spans, not one block.
  const inset = Math.min(2, width / 4);
  const left = x + inset;
  const w = Math.max(0, width - 2 * inset);
  const averageY = s.average === null ? null : y + height * (1 - s.average / s.total);
  // One line when the span is wide enough; else "Derived average" over "14.5 a year", each
  // wrapped to the span, so the label never spills past its period at phone widths.
  const room = w - 8;
  const full = s.average === null ? '' : t('investments.average', { value: number(s.average) });
  const averageLines =
    s.average === null
      ? []
      : full.length * CHAR <= room
        ? [full]
        : [
            ...wrapWords(t('investments.averageHead'), room, CHAR),
            ...wrapWords(t('investments.averageValue', { value: number(s.average) }), room, CHAR),
          ];
  const dimmed = s.highlighted === false ? DIMMED : 1;
  return (
    <g
      className="investment-span"
      data-testid="investment-span"
      data-period={`${s.start}-${s.end}`}
      data-series={s.series}
      data-contested={String(s.contested)}
      data-highlighted={s.highlighted === null ? undefined : String(s.highlighted)}
      role="img"
      aria-label={`${t(`investments.series.${s.series}`)}. ${
        s.average === null
          ? t('investments.spanLabel', {
              period: periodText(s),
              total: number(s.total, s.unit),
            })
          : t('investments.spanLabelAverage', {
              period: periodText(s),
              total: number(s.total, s.unit),
              value: number(s.average),
            })
      }`}
    >
      {/* Only the marks dim outside a year range: the labels keep their full contrast. */}
      <rect
        className="investment-span-area"
        opacity={dimmed}
        x={left}
        y={y}
        width={w}
        height={height}
        rx={3}
        fill={SERIES_COLOURS[s.series]}
        fillOpacity={s.highlighted ? 0.45 : 0.3}
        stroke={s.highlighted ? INK : SERIES_COLOURS[s.series]}
        strokeDasharray={s.contested ? '5 3' : undefined}
        strokeWidth={s.highlighted ? 2.5 : 1.5}
      />
      <text
        x={x + width / 2}
        y={y - 8}
        textAnchor="middle"
        className="chart-value-label"
        fill={INK}
      >
        {number(s.total, s.unit)}
      </text>
      {averageY !== null && s.average !== null && (
        <g className="investment-average" data-testid="investment-average">
          <line
            x1={left}
            x2={left + w}
            y1={averageY}
            y2={averageY}
            stroke={DERIVED}
            strokeWidth={2}
            strokeDasharray="6 4"
            opacity={dimmed}
          />
          <text y={averageY - 6} textAnchor="middle" fontSize={12} fontWeight={600} fill={DERIVED}>
            {averageLines.map((line, i) => (
              <tspan
                key={i}
                x={x + width / 2}
                dy={i === 0 ? -(averageLines.length - 1) * LINE : LINE}
              >
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </g>
  );
}

/** The axes, the year range's highlight and the spans, placed in pixels. */
function Frame({
  width,
  domain: [d0, d1],
  ticks,
  top,
  locale,
  periodAt,
  range,
  spans,
  axisTitle,
}: {
  axisTitle: string;
  width: number;
  domain: readonly [number, number];
  ticks: readonly number[];
  top: number;
  locale: string;
  periodAt: ReadonlyMap<number, PeriodSpan>;
  range: InvestmentsModel['range'];
  spans: readonly PeriodSpan[];
}) {
  const bottom = HEIGHT - AXES;
  const right = width - RIGHT;
  const x = linear(d0, d1, LEFT, right);
  const counts = niceTicks(top, 5);
  const y = linear(0, counts.at(-1) ?? 1, bottom, TOP);
  // Within a period the counts stand side by side, each on its share of the period's width.
  const slot = (s: PeriodSpan) => {
    const same = spans.filter((o) => o.start === s.start && o.end === s.end);
    const i = same.indexOf(s);
    const x0 = x(s.x0);
    const w = (x(s.x1) - x0) / same.length;
    return { x: x0 + i * w, width: w };
  };
  return (
    <>
      <text
        className="chart-axis-title"
        x={LEFT - 32}
        y={14}
        fill={MUTED}
        fontSize={12}
        data-testid="investments-axis-title"
      >
        {axisTitle}
      </text>
      <CountAxisLeft
        ticks={counts}
        y={y}
        x={LEFT}
        right={right}
        format={(v) => formatValue(v, 'count', locale)}
      />
      <AxisBottom
        ticks={ticks}
        x={x}
        y={bottom}
        left={LEFT}
        right={right}
        format={(v) => yearText(v, locale)}
      />
      <g className="chart-axis investment-periods">
        {[...periodAt].map(([at, span]) => (
          <text
            key={at}
            className="chart-axis-label"
            x={x(at)}
            y={bottom + 30}
            dy="0.71em"
            textAnchor="middle"
            fill={INK}
            fontWeight={600}
          >
            <PeriodLabel span={span} locale={locale} />
          </text>
        ))}
      </g>
      {range && (
        <rect
          className="investment-range"
          x={x(Math.max(d0, range.min))}
          y={TOP}
          width={Math.max(0, x(Math.min(d1, range.max + 1)) - x(Math.max(d0, range.min)))}
          height={bottom - TOP}
          fill="#ffbf47"
          fillOpacity={0.22}
        />
      )}
      {spans.map((s) => (
        <SpanMark
          key={s.figureId}
          span={s}
          box={{
            ...slot(s),
            y: y(s.total),
            height: bottom - y(s.total),
          }}
        />
      ))}
    </>
  );
}

function PeriodLabel({ span, locale }: { span: PeriodSpan; locale: string }) {
  const { t } = useT();
  return t('investments.period', {
    start: yearText(span.start, locale),
    end: yearText(span.end, locale),
  });
}
