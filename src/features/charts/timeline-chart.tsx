import { memo, useCallback, useId, useMemo } from 'react';
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
import { svgId } from './palette.ts';
import { formatTick } from '../../domain/format.ts';
import { TIMELINE_HEIGHT, TimelineDrawing } from './timeline-drawing.tsx';
import './charts.css';

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
  const preview = useCallback(
    (start: number, end: number) => previewClause('timeline', indexesToClause(start, end, extent)),
    [extent, previewClause],
  );
  const commit = useCallback(
    (start: number, end: number) => setClause('timeline', indexesToClause(start, end, extent)),
    [extent, setClause],
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

  const title = t('timeline.title');
  const text = useMemo(
    () => ({ title, desc: takeaway, projects: projectsLabel, events: eventsLabel }),
    [title, takeaway, projectsLabel, eventsLabel],
  );

  return (
    <ChartFrame
      id="timeline"
      title={title}
      takeaway={takeaway}
      footer={footer}
      rows={buckets}
      columns={columns}
      empty={empty}
      height={TIMELINE_HEIGHT}
    >
      <TimelineDrawing
        // A new dataset may span other years: a fresh drawing, never a brush on the old axis.
        key={`${extent[0]}-${extent[1]}`}
        buckets={buckets}
        startIndex={startIndex}
        endIndex={endIndex}
        ranged={range !== null}
        hatchId={hatchId}
        axisWidth={axisWidth}
        locale={locale}
        text={text}
        onPreview={preview}
        onCommit={commit}
      />
    </ChartFrame>
  );
});
