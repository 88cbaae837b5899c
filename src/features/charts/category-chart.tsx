import { memo, useCallback, useMemo, type MouseEvent } from 'react';
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
import { barChartHeight } from './bar-layout.ts';
import { CategoryBars } from './category-bars.tsx';
import { OKABE_ITO } from './palette.ts';
import './charts.css';

/** One colour per chart (colour names the chart, not a category), all from Okabe–Ito. */
const COLOUR: Record<CategoryView, string> = {
  sector: OKABE_ITO.blue,
  type: OKABE_ITO.bluishGreen,
  country: OKABE_ITO.vermillion,
};

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
  const toggle = useCallback(
    (key: string, e: Pick<MouseEvent, 'shiftKey' | 'metaKey' | 'ctrlKey'>) =>
      toggleValue(view, view, key, isAdditive(e)),
    [toggleValue, view],
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
      height={barChartHeight(data.length)}
    >
      <CategoryBars
        bars={data}
        colour={COLOUR[view]}
        hasSelection={model.hasSelection}
        title={title}
        desc={takeaway}
        locale={locale}
        onBar={toggle}
      />
    </ChartFrame>
  );
});
