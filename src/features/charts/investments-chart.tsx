import { shortCitationText } from '../../components/citation-text.ts';
import { memo } from 'react';
import {
  INVESTMENTS_CLIENT,
  type InvestmentsModel,
  type PeriodSpan,
} from '../../domain/coordinator/index.ts';
import type { Column } from '../../domain/export.ts';
import { formatValue } from '../../domain/format.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { SourceLines } from '../../components/source-lines.tsx';
import { ContestedBadge } from '../../components/contested-badge.tsx';
import { yearText } from './labels.ts';
import { INVESTMENTS_HEIGHT, InvestmentsDrawing, SERIES_COLOURS } from './investments-drawing.tsx';
import './charts.css';

/**
 * Japanese investments as the sources give them: one period total per span of years. Each span
 * covers its four years on a continuous year axis; the derived even spread per year is a dashed
 * segment across it. National totals, so project filters do not apply; a year range highlights the
 * period(s) it overlaps.
 */
export function InvestmentsChart() {
  return <InvestmentsBody model={useModel(INVESTMENTS_CLIENT, 'deferred')} />;
}

const InvestmentsBody = memo(function InvestmentsBody({ model }: { model: InvestmentsModel }) {
  const { t, locale } = useT();
  const { spans, range, growth } = model;
  const number = (v: number, unit: PeriodSpan['unit'] = 'count') => formatValue(v, unit, locale);
  const periodText = (s: PeriodSpan) =>
    t('investments.period', { start: yearText(s.start, locale), end: yearText(s.end, locale) });
  const rangeText = range
    ? t('investments.period', {
        start: yearText(range.min, locale),
        end: yearText(range.max, locale),
      })
    : '';

  const of = (series: PeriodSpan['series']) => spans.filter((s) => s.series === series);
  const [early, late] = of('article');
  const [jEarly, jLate] = of('jetro');
  const jetroGrowth = model.series.find((s) => s.id === 'jetro')?.growth ?? null;
  const signed = (v: number) => formatValue(v, 'percent', locale, { signed: true });
  const takeaway =
    early && late && growth && jEarly && jLate && jetroGrowth
      ? t('investments.takeawayBoth', {
          early: number(early.total, early.unit),
          late: number(late.total, late.unit),
          growth: signed(growth.value),
          jetroEarly: number(jEarly.total, jEarly.unit),
          jetroLate: number(jLate.total, jLate.unit),
          jetroGrowth: signed(jetroGrowth.value),
        })
      : early && late && growth
        ? t('investments.takeaway', {
            early: number(early.total, early.unit),
            late: number(late.total, late.unit),
            growth: signed(growth.value),
          })
        : '';
  const contested = spans.some((s) => s.contested);

  const columns: Column<PeriodSpan>[] = [
    { key: 'period', header: t('investments.col.period'), value: periodText },
    {
      key: 'series',
      header: t('investments.col.series'),
      value: (s) => t(`investments.series.${s.series}`),
    },
    {
      key: 'source',
      header: t('investments.col.source'),
      value: (s) => shortCitationText(t, s.citation),
    },
    {
      key: 'contested',
      header: t('card.contested'),
      value: (s) => (s.contested ? t('card.contested') : ''),
    },
    { key: 'total', header: t('investments.col.total'), value: (s) => s.total },
    {
      key: 'average',
      header: t('investments.col.average'),
      value: (s) => (s.average === null ? null : Number(s.average.toFixed(1))),
    },
  ];

  const footer = (
    <>
      <ul className="series-legend investments-legend" data-testid="investments-legend">
        {model.series.map((s) => (
          <li key={s.id}>
            <span
              className="legend-swatch"
              aria-hidden="true"
              style={{ background: SERIES_COLOURS[s.id] }}
            />
            {t(`investments.series.${s.id}`)}
          </li>
        ))}
      </ul>
      {contested && (
        <p className="chart-note contested-note" data-testid="investments-contested">
          <ContestedBadge /> {t('investments.contested')}
        </p>
      )}
      <p className="chart-note">{t('investments.spanNote')}</p>
      <p className="chart-note">
        {t('investments.notFiltered')}
        {range && ` ${t('investments.highlighted', { range: rangeText })}`}
      </p>
      <SourceLines citations={spans.map((s) => s.citation)} />
    </>
  );

  return (
    <ChartFrame
      id="investments"
      title={t('investments.title')}
      takeaway={takeaway}
      footer={footer}
      rows={spans}
      columns={columns}
      empty={spans.length === 0 ? t('chart.noData') : null}
      height={INVESTMENTS_HEIGHT}
    >
      <InvestmentsDrawing model={model} title={t('investments.title')} desc={takeaway} />
    </ChartFrame>
  );
});
