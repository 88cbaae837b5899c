import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { YearBucket } from '../../domain/coordinator/index.ts';
import { formatTick } from '../../domain/format.ts';
import { useElementWidth } from '../../components/use-element-width.ts';
import { AxisBottom, CountAxisLeft, SvgLegendRow, linear } from './axes.tsx';
import { niceTicks } from './bar-layout.ts';
import { HatchPattern } from './hatch-pattern.tsx';
import { yearText } from './labels.ts';
import { DIMMED, EVENTS_BG, OKABE_ITO } from './palette.ts';
import { TimelineBrush, type BrushGeometry } from './timeline-brush.tsx';

export const TIMELINE_HEIGHT = 300;
const TOP = 28;
const RIGHT = 16;
const BRUSH = 36;
const AXIS = 26;
const GAP = 0.2;

interface Props {
  buckets: readonly YearBucket[];
  /** The selected years as indexes into `buckets` (the whole extent when there is no range). */
  startIndex: number;
  endIndex: number;
  /** Whether a year range is selected (the years outside it are faded). */
  ranged: boolean;
  hatchId: string;
  axisWidth: number;
  locale: string;
  text: { title: string; desc: string; projects: string; events: string };
  onPreview: (startIndex: number, endIndex: number) => void;
  onCommit: (startIndex: number, endIndex: number) => void;
}

/**
 * Dated projects and events per year, stacked, with the brush under them: plain SVG drawn from the
 * timeline's model. The bars redraw when the counts change; a moving brush redraws the brush and
 * the fading of the years it leaves out, nothing else. Hovering a year shows its counts.
 */
export const TimelineDrawing = memo(function TimelineDrawing(props: Props) {
  const { buckets, startIndex, endIndex, ranged, hatchId, axisWidth, locale, text } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [hover, setHover] = useState<number | null>(null);
  const n = buckets.length;
  const plotLeft = axisWidth;
  const plotRight = Math.max(plotLeft + n, width - RIGHT);
  const plotBottom = TIMELINE_HEIGHT - BRUSH - AXIS - 6;
  const band = n > 0 ? (plotRight - plotLeft) / n : 0;
  const peak = buckets.reduce((m, b) => Math.max(m, b.projects + b.events), 0);
  const ticks = useMemo(() => niceTicks(peak, 5), [peak]);
  const y = useMemo(() => linear(0, ticks.at(-1) ?? 1, plotBottom, TOP), [ticks, plotBottom]);
  const brush: BrushGeometry = {
    left: plotLeft,
    band,
    top: TIMELINE_HEIGHT - BRUSH,
    height: BRUSH - 2,
    count: n,
  };

  // The bars and axes depend on the counts and the size only: a brush move leaves them be.
  const chart = useMemo(() => {
    if (width === 0) return null;
    const labelStep = Math.max(1, Math.ceil(38 / Math.max(1, band)));
    const bandX = (i: number) => plotLeft + i * band;
    return (
      <>
        <CountAxisLeft
          ticks={ticks}
          y={y}
          x={plotLeft}
          right={plotRight}
          format={(v) => formatTick(v, locale)}
        />
        <AxisBottom
          ticks={buckets.map((_, i) => i).filter((i) => i % labelStep === 0)}
          x={(i) => bandX(i) + band / 2}
          y={plotBottom}
          left={plotLeft}
          right={plotRight}
          format={(i) => yearText(buckets[i]!.year, locale)}
        />
        <SvgLegendRow
          x={plotLeft}
          y={4}
          items={[
            { label: text.projects, fill: OKABE_ITO.blue },
            { label: text.events, fill: `url(#${hatchId})`, stroke: OKABE_ITO.orange },
          ]}
        />
        <g className="timeline-bars">
          {buckets.map((b, i) => {
            const x = bandX(i) + band * GAP;
            const w = band * (1 - 2 * GAP);
            const yp = y(b.projects);
            const ye = y(b.projects + b.events);
            return (
              <g key={b.year} className="timeline-year" data-year={b.year}>
                {b.projects > 0 && (
                  <rect
                    className="timeline-bar-projects"
                    x={x}
                    y={yp}
                    width={w}
                    height={plotBottom - yp}
                    fill={OKABE_ITO.blue}
                  />
                )}
                {b.events > 0 && (
                  <rect
                    className="timeline-bar-events"
                    x={x}
                    y={ye}
                    width={w}
                    height={yp - ye}
                    fill={`url(#${hatchId})`}
                    stroke={OKABE_ITO.orange}
                  />
                )}
              </g>
            );
          })}
        </g>
      </>
    );
  }, [width, buckets, band, plotLeft, plotRight, plotBottom, ticks, y, locale, text, hatchId]);

  const onHover = (e: PointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const i = Math.floor((e.clientX - rect.left) / Math.max(1, band));
    setHover(i >= 0 && i < n ? i : null);
  };
  const hovered = hover !== null ? buckets[hover] : undefined;

  return (
    <div ref={box} className="bar-drawing timeline-drawing">
      {width > 0 && (
        <svg
          className="chart-surface"
          width={width}
          height={TIMELINE_HEIGHT}
          viewBox={`0 0 ${width} ${TIMELINE_HEIGHT}`}
          role="img"
        >
          <title>{text.title}</title>
          <desc>{text.desc}</desc>
          <HatchPattern
            id={hatchId}
            background={EVENTS_BG}
            stroke={OKABE_ITO.orange}
            strokeWidth={3}
          />
          {chart}
          {/* Years outside the selected range, faded under a veil of the card's colour. */}
          {ranged && (
            <g className="timeline-outside" fill="var(--card)" fillOpacity={1 - DIMMED}>
              {startIndex > 0 && (
                <rect x={plotLeft} y={TOP} width={startIndex * band} height={plotBottom - TOP} />
              )}
              {endIndex < n - 1 && (
                <rect
                  x={plotLeft + (endIndex + 1) * band}
                  y={TOP}
                  width={(n - 1 - endIndex) * band}
                  height={plotBottom - TOP}
                />
              )}
            </g>
          )}
          {hover !== null && (
            <rect
              className="export-exclude"
              x={plotLeft + hover * band}
              y={TOP}
              width={band}
              height={plotBottom - TOP}
              fill="var(--ink)"
              fillOpacity={0.06}
              pointerEvents="none"
            />
          )}
          <rect
            className="timeline-hover export-exclude"
            x={plotLeft}
            y={TOP}
            width={Math.max(0, plotRight - plotLeft)}
            height={Math.max(0, plotBottom - TOP)}
            fill="transparent"
            onPointerMove={onHover}
            onPointerLeave={() => setHover(null)}
          />
          <TimelineBrush
            geometry={brush}
            buckets={buckets}
            peak={peak}
            hatchId={hatchId}
            startIndex={startIndex}
            endIndex={endIndex}
            label={(i) => yearText(buckets[i]?.year ?? 0, locale)}
            onPreview={props.onPreview}
            onCommit={props.onCommit}
          />
        </svg>
      )}
      {hovered && hover !== null && (
        <div
          className="chart-tooltip"
          role="presentation"
          style={{
            left: Math.min(plotLeft + (hover + 1) * band + 6, Math.max(0, width - 150)),
            top: TOP,
          }}
        >
          <strong>{yearText(hovered.year, locale)}</strong>
          <span>
            {text.projects}: {formatTick(hovered.projects, locale)}
          </span>
          <span>
            {text.events}: {formatTick(hovered.events, locale)}
          </span>
        </div>
      )}
    </div>
  );
});
