import { createElement, type MouseEvent, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis } from 'recharts';
import type { InField, ViewId } from '../../domain/crossfilter.ts';
import type { Column } from '../../domain/export.ts';
import { categoryCounts } from '../../domain/views.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { isAdditive } from '../../components/keys.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { plural } from '../../i18n/i18n.ts';
import { bucketsFromCounts, selectedValues, type CategoryBucket } from './series.ts';
import { categoryLabel, categoryTakeaway } from './labels.ts';
import { LabelAxis } from './label-axis.tsx';
import { DIMMED, GRID, INK, MUTED, OKABE_ITO } from './palette.ts';
import { formatCount } from '../../domain/format.ts';
import type { LabelProps } from 'recharts';
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

export type CategoryView = 'sector' | 'type' | 'country';

/** One colour per chart (colour names the chart, not a category), all from Okabe–Ito. */
const COLOUR: Record<CategoryView, string> = {
  sector: OKABE_ITO.blue,
  type: OKABE_ITO.bluishGreen,
  country: OKABE_ITO.vermillion,
};

const ROW = 30;
const TICK = { fontSize: 12, fill: INK };
const NONE: readonly string[] = [];

/**
 * Projects per category under every filter but this chart's own (so its bars do not collapse onto
 * its own selection). Click a bar, or its button below the chart, to filter; Shift, Ctrl or ⌘ adds to
 * the selection. Bars and buttons keep the whole dataset's order, so filters change lengths, not
 * positions. Used for sector, type and partner country.
 */
export function CategoryChart({
  view,
  field,
}: {
  view: CategoryView;
  field: CategoryView & InField;
}) {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const clauses = useDashboard((s) => s.clauses);
  const selected = useDashboard((s) => {
    const values = selectedValues(s.clauses[view], field);
    return values.length === 0 ? NONE : values;
  });
  const { toggleValue } = useActions();

  const counts = categoryCounts(dataset, clauses, view satisfies ViewId, field);
  const buckets = bucketsFromCounts(counts, (k) => categoryLabel(t, field, k), selected);
  const total = counts.total;
  const longest = buckets.reduce((m, b) => Math.max(m, formatCount(b.count, locale).length), 1);
  const labelRoom = Math.max(28, 10 + 7 * longest);
  const hasSelection = selected.length > 0;
  const takeaway = categoryTakeaway(t, locale, buckets, total);

  const columns: Column<CategoryBucket>[] = [
    { key: 'key', header: t('category.col.key'), value: (b) => b.label },
    {
      key: 'count',
      header: t(field === 'country' ? 'category.country.col.count' : 'category.col.count'),
      value: (b) => b.count,
    },
  ];

  const toggle = (key: string, e: Pick<MouseEvent, 'shiftKey' | 'metaKey' | 'ctrlKey'>) =>
    toggleValue(view, field, key, isAdditive(e));

  const footer = (
    <>
      <div
        className="category-toggles"
        role="group"
        aria-label={t('category.toggles', { view: t(`view.${view}`) })}
      >
        {buckets.map((b) => (
          <button
            key={b.key}
            type="button"
            className="category-toggle"
            aria-pressed={b.selected}
            aria-label={plural(t, locale, 'category.selectBar', b.count, { label: b.label })}
            data-key={b.key}
            data-dimmed={hasSelection && !b.selected}
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
      title={t(`category.${view}.title`)}
      takeaway={takeaway}
      footer={footer}
      rows={buckets}
      columns={columns}
      // The buttons stay in the footer, so the selection can still be changed while empty.
      empty={total === 0 ? t('chart.emptyFiltered') : null}
      height={buckets.length * ROW + 36}
    >
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={buckets}
        layout="vertical"
        // Room for the longest count beside its bar ("111,539" on a large ledger).
        margin={{ top: 0, right: labelRoom, bottom: 0, left: 0 }}
        barCategoryGap="18%"
        accessibilityLayer={false}
        title={t(`category.${view}.title`)}
        desc={takeaway}
      >
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={createElement(countTick('bottom', locale), { ...TICK, fill: MUTED })}
          tickCount={4}
          stroke={MUTED}
          // Every tick drawn, none measured: recharts measures each new tick text in the DOM to
          // thin them out, which costs a layout per brush when the counts change.
          interval={0}
        />
        <LabelAxis max={168} />
        <Bar
          dataKey="count"
          isAnimationActive={false}
          cursor="pointer"
          radius={[0, 4, 4, 0]}
          onClick={(item, _index, e) => {
            const key = (item.payload as CategoryBucket | undefined)?.key;
            if (key !== undefined) toggle(key, e);
          }}
        >
          {buckets.map((b) => (
            <Cell
              key={b.key}
              className="category-bar"
              data-key={b.key}
              fill={colour}
              fillOpacity={hasSelection && !b.selected ? DIMMED : 1}
              stroke={b.selected ? INK : 'none'}
              strokeWidth={b.selected ? 2 : 0}
            />
          ))}
          <LabelList dataKey="count" content={countLabel(locale)} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
