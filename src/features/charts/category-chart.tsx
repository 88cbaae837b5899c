import {
  createElement,
  memo,
  useCallback,
  useMemo,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, type LabelProps } from 'recharts';
import {
  CATEGORY_CLIENTS,
  type CategoryBar,
  type CategoryModel,
  type CategoryView,
} from '../../domain/coordinator/index.ts';
import type { Column } from '../../domain/export.ts';
import { formatCount } from '../../domain/format.ts';
import { useActions } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { isAdditive } from '../../components/keys.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { plural } from '../../i18n/i18n.ts';
import { categoryLabel, categoryTakeaway } from './labels.ts';
import { LabelAxis } from './label-axis.tsx';
import { DIMMED, GRID, INK, MUTED, OKABE_ITO } from './palette.ts';
import { countTick } from './plain-tick.tsx';
import './charts.css';

/**
 * The count beside a bar as a plain <text>: recharts' own label measures its text in the DOM to
 * wrap it, a forced layout per label per update (the slowest part of a brush on a large ledger).
 */
const countLabels = new Map<string, (props: LabelProps) => ReactElement>();
function countLabel(locale: string) {
  let label = countLabels.get(locale);
  if (!label)
    countLabels.set(
      locale,
      (label = ({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) => (
        <text
          x={Number(x) + Number(width) + 4}
          y={Number(y) + Number(height) / 2}
          dominantBaseline="central"
          className="chart-value-label"
          fill={INK}
        >
          {typeof value === 'number' ? formatCount(value, locale) : String(value ?? '')}
        </text>
      )),
    );
  return label;
}

/** One colour per chart (colour names the chart, not a category), all from Okabe–Ito. */
const COLOUR: Record<CategoryView, string> = {
  sector: OKABE_ITO.blue,
  type: OKABE_ITO.bluishGreen,
  country: OKABE_ITO.vermillion,
};

const ROW = 30;
const TICK = { fontSize: 12, fill: MUTED };
const CHART_STYLE = { width: '100%', height: '100%' };
const GAP = '18%';
const RADIUS: [number, number, number, number] = [0, 4, 4, 0];
/** The chart's parts that never change: recharts skips an element it is handed again. */
const GRID_LINES = <CartesianGrid horizontal={false} stroke={GRID} />;
const LABEL_AXIS = <LabelAxis max={168} />;

interface Datum extends CategoryBar {
  label: string;
}

/**
 * Projects per category under every filter but this chart's own (so its bars do not collapse onto
 * its own selection). Click a bar, or its button below the chart, to filter; Shift, Ctrl or ⌘ adds to
 * the selection. Bars and buttons keep the whole dataset's order, so filters change lengths, not
 * positions. Used for sector, type and partner country.
 */
export function CategoryChart({ view }: { view: CategoryView }) {
  // This chart answers its own clicks at once; other views' filters reach it in a transition.
  return <CategoryChartBody model={useModel(CATEGORY_CLIENTS[view], view)} />;
}

const CategoryChartBody = memo(function CategoryChartBody({ model }: { model: CategoryModel }) {
  const { t, locale } = useT();
  const { toggleValue } = useActions();
  const view = model.field;
  const data = useMemo(
    (): Datum[] => model.bars.map((b) => ({ ...b, label: categoryLabel(t, view, b.key) })),
    [model.bars, t, view],
  );
  const longest = model.bars.reduce((m, b) => Math.max(m, formatCount(b.count, locale).length), 1);
  const labelRoom = Math.max(28, 10 + 7 * longest);
  const margin = useMemo(() => ({ top: 0, right: labelRoom, bottom: 0, left: 0 }), [labelRoom]);
  const takeaway = categoryTakeaway(t, locale, model);
  const title = t(`category.${view}.title`);
  const columns = useMemo(
    (): Column<Datum>[] => [
      { key: 'key', header: t('category.col.key'), value: (b) => b.label },
      {
        key: 'count',
        header: t(view === 'country' ? 'category.country.col.count' : 'category.col.count'),
        value: (b) => b.count,
      },
    ],
    [t, view],
  );
  const xAxis = useMemo(
    () => (
      <XAxis
        type="number"
        allowDecimals={false}
        tick={createElement(countTick('bottom', locale), TICK)}
        tickCount={4}
        stroke={MUTED}
        // Every tick drawn, none measured: recharts measures each new tick text in the DOM to
        // thin them out, which costs a layout per brush when the counts change.
        interval={0}
      />
    ),
    [locale],
  );

  const toggle = useCallback(
    (key: string, e: Pick<MouseEvent, 'shiftKey' | 'metaKey' | 'ctrlKey'>) =>
      toggleValue(view, view, key, isAdditive(e)),
    [toggleValue, view],
  );
  const onBarClick = useCallback(
    (item: { payload?: unknown }, _index: number, e: MouseEvent) => {
      const key = (item.payload as Datum | undefined)?.key;
      if (key !== undefined) toggle(key, e);
    },
    [toggle],
  );

  const footer = (
    <>
      <div
        className="category-toggles"
        role="group"
        aria-label={t('category.toggles', { view: t(`view.${view}`) })}
      >
        {data.map((b) => (
          <button
            key={b.key}
            type="button"
            className="category-toggle"
            aria-pressed={b.selected}
            aria-label={plural(t, locale, 'category.selectBar', b.count, { label: b.label })}
            data-key={b.key}
            data-dimmed={model.hasSelection && !b.selected}
            onClick={(e) => toggle(b.key, e)}
          >
            <span className="category-toggle-label">{b.label}</span>
            <span className="category-toggle-count">{formatCount(b.count, locale)}</span>
          </button>
        ))}
      </div>
      <p className="chart-note">{t('chart.clickHint')}</p>
    </>
  );

  const colour = COLOUR[view];
  return (
    <ChartFrame
      id={`category-${view}`}
      title={title}
      takeaway={takeaway}
      footer={footer}
      rows={data}
      columns={columns}
      // The buttons stay in the footer, so the selection can still be changed while empty.
      empty={model.total === 0 ? t('chart.emptyFiltered') : null}
      height={data.length * ROW + 36}
    >
      <BarChart
        responsive
        style={CHART_STYLE}
        data={data}
        layout="vertical"
        // Room for the longest count beside its bar ("111,539" on a large ledger).
        margin={margin}
        barCategoryGap={GAP}
        accessibilityLayer={false}
        title={title}
        desc={takeaway}
      >
        {GRID_LINES}
        {xAxis}
        {LABEL_AXIS}
        <Bar
          dataKey="count"
          isAnimationActive={false}
          cursor="pointer"
          radius={RADIUS}
          onClick={onBarClick}
        >
          {data.map((b) => (
            <Cell
              key={b.key}
              className="category-bar"
              data-key={b.key}
              fill={colour}
              fillOpacity={model.hasSelection && !b.selected ? DIMMED : 1}
              stroke={b.selected ? INK : 'none'}
              strokeWidth={b.selected ? 2 : 0}
            />
          ))}
          <LabelList dataKey="count" content={countLabel(locale)} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
});
