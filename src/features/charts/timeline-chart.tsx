import { HatchPattern } from './hatch-pattern.tsx';
import { createElement, memo, useCallback, useId, useMemo } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  TIMELINE_CLIENT,
  indexesToClause,
  yearRangeClause,
  type TimelineModel,
  type YearBucket,
} from '../../domain/coordinator/index.ts';
import type { Column } from '../../domain/export.ts';
import { useActions } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { plural } from '../../i18n/i18n.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { yearText } from './labels.ts';
import { EVENTS_BG, GRID, MUTED, OKABE_ITO, svgId } from './palette.ts';
import { SvgLegend } from './svg-legend.tsx';
import { formatTick } from '../../domain/format.ts';
import { countTick } from './plain-tick.tsx';
import './charts.css';

const HEIGHT = 300;
const TICK = { fontSize: 12, fill: MUTED };
const CHART_STYLE = { width: '100%', height: '100%' };
const MARGIN = { top: 28, right: 16, bottom: 0, left: 0 };
const CURSOR = { fill: 'rgba(20, 33, 61, 0.06)', className: 'export-exclude' };

/** What recharts' Brush reports: indexes into the chart's data (here, into the extent's years). */
interface BrushIndexes {
  startIndex: number;
  endIndex: number;
}

/**
 * recharts gives both brush handles one shared name and a pixel position as their value, and offers
 * no way to set year values or per-handle names. So the brush is for the pointer only: it is hidden
 * from assistive technology (aria-hidden on its group) and its handles are taken out of the tab order
 * here, since the From/To lists below are the keyboard and screen-reader path. recharts sets the
 * handle group's tabIndex once, when it mounts, with its rectangle, so setting it from the
 * rectangle's ref holds.
 */
const unfocusHandle = (rect: SVGRectElement | null) => {
  rect?.parentElement?.setAttribute('tabindex', '-1');
};

/** recharts' default brush handle (a bar with two grips), minus the tab stop. */
function BrushHandle({
  x,
  y,
  width,
  height,
  stroke,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  stroke?: string | undefined;
}) {
  const mid = Math.floor(y + height / 2) - 1;
  return (
    <>
      <rect ref={unfocusHandle} x={x} y={y} width={width} height={height} fill={stroke} />
      <line x1={x + 1} x2={x + width - 1} y1={mid} y2={mid} stroke="#fff" />
      <line x1={x + 1} x2={x + width - 1} y1={mid + 2} y2={mid + 2} stroke="#fff" />
    </>
  );
}
const traveller = (p: Parameters<typeof BrushHandle>[0]) => <BrushHandle {...p} />;

/**
 * Dated projects and events per year, stacked. The brush (or the From/To lists) publishes the
 * timeline clause; the chart's own rows ignore it, so the brush never empties its own chart.
 */
export function TimelineChart() {
  return <TimelineBody model={useModel(TIMELINE_CLIENT, 'timeline')} />;
}

const TimelineBody = memo(function TimelineBody({ model }: { model: TimelineModel }) {
  const { t, locale } = useT();
  const { setClause, previewClause } = useActions();
  const hatchId = svgId(useId(), 'events');
  const fromId = useId();
  const toId = useId();
  const { extent, buckets, range, startIndex, endIndex } = model;
  const years = useMemo(() => buckets.map((b) => b.year), [buckets]);
  const shownMin = extent[0] + startIndex;
  const shownMax = extent[0] + endIndex;

  // While the brush is dragged every view follows it (a preview, no undo step, no URL entry); its
  // release commits the range once.
  const brushHandlers = useMemo(
    () => ({
      preview: (next: BrushIndexes) =>
        previewClause('timeline', indexesToClause(next.startIndex, next.endIndex, extent)),
      commit: (next: BrushIndexes) =>
        setClause('timeline', indexesToClause(next.startIndex, next.endIndex, extent)),
    }),
    [extent, previewClause, setClause],
  );
  const choose = (min: number, max: number) =>
    setClause('timeline', yearRangeClause(min, max, extent));

  const projectsLabel = t('timeline.projects');
  const eventsLabel = t('timeline.events');
  const columns = useMemo(
    (): Column<YearBucket>[] => [
      { key: 'year', header: t('timeline.col.year'), value: (b) => b.year },
      { key: 'projects', header: t('timeline.projects'), value: (b) => b.projects },
      { key: 'events', header: t('timeline.events'), value: (b) => b.events },
    ],
    [t],
  );
  const dated = model.datedEvents + model.datedProjects;
  // Room for the longest tick ("120,000" on a large ledger); never measured in the DOM per update.
  const axisWidth = Math.max(32, 12 + 7 * formatTick(model.peak, locale).length);
  const takeaway =
    model.rows === 0
      ? t('timeline.takeawayNone')
      : t('timeline.takeawayCounts', {
          events: plural(t, locale, 'timeline.datedEvents', model.datedEvents),
          projects: plural(t, locale, 'timeline.datedProjects', model.datedProjects),
          undated: plural(t, locale, 'timeline.undated', model.undated),
        });
  // Nothing on the axis: say why instead of drawing empty years. The From/To lists stay usable.
  const empty =
    model.rows === 0
      ? t('chart.emptyFiltered')
      : dated === 0
        ? plural(t, locale, 'timeline.emptyUndated', model.undated)
        : null;

  const footer = (
    <>
      <div
        className="chart-controls timeline-controls"
        role="group"
        aria-label={t('timeline.range')}
      >
        <label htmlFor={fromId}>{t('timeline.from')}</label>
        <select
          id={fromId}
          value={shownMin}
          onChange={(e) =>
            choose(Number(e.target.value), Math.max(Number(e.target.value), shownMax))
          }
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {yearText(y, locale)}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t('timeline.to')}</label>
        <select
          id={toId}
          value={shownMax}
          onChange={(e) =>
            choose(Math.min(Number(e.target.value), shownMin), Number(e.target.value))
          }
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {yearText(y, locale)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="chip-button"
          disabled={range === null}
          onClick={() => setClause('timeline', null)}
        >
          {t('timeline.allYears')}
        </button>
      </div>
      <p className="chart-note">{t('timeline.undatedNote')}</p>
    </>
  );

  // The chart's parts that a brush does not change, built once per language (the axis, once per
  // peak): recharts skips an element it is handed again, so a moving brush redraws the brush and
  // the bars it shows, and a filter the bars.
  // The brush's miniature repeats the bars. recharts keeps one state per chart, panorama included,
  // so the miniature needs its own stack id or its bars stack onto the main ones (doubling the axis).
  const bars = useCallback(
    (stackId: string) => [
      <Bar
        key="projects"
        dataKey="projects"
        name={projectsLabel}
        stackId={stackId}
        fill={OKABE_ITO.blue}
        isAnimationActive={false}
      />,
      <Bar
        key="events"
        dataKey="events"
        name={eventsLabel}
        stackId={stackId}
        fill={`url(#${hatchId})`}
        stroke={OKABE_ITO.orange}
        isAnimationActive={false}
      />,
    ],
    [projectsLabel, eventsLabel, hatchId],
  );
  const parts = useMemo(
    () => ({
      main: (
        <>
          <HatchPattern
            id={hatchId}
            background={EVENTS_BG}
            stroke={OKABE_ITO.orange}
            strokeWidth={3}
          />
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="year"
            tickFormatter={(y: number) => yearText(y, locale)}
            tick={TICK}
            stroke={MUTED}
          />
          <YAxis
            allowDecimals={false}
            tick={createElement(countTick('left', locale), TICK)}
            stroke={MUTED}
            width={axisWidth}
            interval={0}
          />
          <Tooltip labelFormatter={(y) => yearText(Number(y), locale)} cursor={CURSOR} />
          <SvgLegend
            items={[
              { label: projectsLabel, fill: OKABE_ITO.blue },
              { label: eventsLabel, fill: `url(#${hatchId})`, stroke: OKABE_ITO.orange },
            ]}
          />
          {bars('items')}
        </>
      ),
      tickFormatter: (y: number) => yearText(y, locale),
    }),
    [bars, hatchId, locale, axisWidth, projectsLabel, eventsLabel],
  );
  const panorama = useMemo(
    () => (
      <BarChart data={buckets as YearBucket[]} accessibilityLayer={false}>
        {bars('overview')}
      </BarChart>
    ),
    [buckets, bars],
  );

  return (
    <ChartFrame
      id="timeline"
      title={t('timeline.title')}
      takeaway={takeaway}
      footer={footer}
      rows={buckets}
      columns={columns}
      empty={empty}
      height={HEIGHT}
    >
      {/* No accessibility layer: its keyboard tooltip is a tab stop that announces nothing; the
          table alternative gives the per-year counts. */}
      <BarChart
        // A new dataset may span other years: a fresh chart, so the brush never keeps indexes of the old axis.
        key={`${extent[0]}-${extent[1]}`}
        responsive
        style={CHART_STYLE}
        data={buckets as YearBucket[]}
        margin={MARGIN}
        barCategoryGap="20%"
        accessibilityLayer={false}
        title={t('timeline.title')}
        desc={takeaway}
      >
        {parts.main}
        {/* Pointer only (see BrushHandle), and left out of the PNG export: it is a control. */}
        <g className="timeline-brush export-exclude" aria-hidden="true">
          <Brush
            dataKey="year"
            height={36}
            travellerWidth={10}
            stroke={MUTED}
            startIndex={startIndex}
            endIndex={endIndex}
            tickFormatter={parts.tickFormatter}
            traveller={traveller}
            onChange={brushHandlers.preview}
            onDragEnd={brushHandlers.commit}
          >
            {panorama}
          </Brush>
        </g>
      </BarChart>
    </ChartFrame>
  );
});
