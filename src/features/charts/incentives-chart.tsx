import { HatchPattern } from './hatch-pattern.tsx';
import { derivedText } from '../../components/measure-text.ts';
import { memo, useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis } from 'recharts';
import {
  INCENTIVES_CLIENT,
  type IncentiveBar,
  type IncentivesModel,
} from '../../domain/coordinator/index.ts';
import type { Column } from '../../domain/export.ts';
import { currencySymbol, formatValue } from '../../domain/format.ts';
import { useActions } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { SourceLines } from '../../components/source-lines.tsx';
import { LabelAxis } from './label-axis.tsx';
import { DERIVED, DERIVED_BG, GRID, INK, MUTED, OKABE_ITO, ON_BAR, svgId } from './palette.ts';
import './charts.css';

const HEIGHT = 200;
const TICK = { fontSize: 12, fill: MUTED };

/** Text width at the 12px label size, roughly; enough to decide inside or beside the bar. */
const textWidth = (text: string) => text.length * 7.2;

interface LabelProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  width?: number | string | undefined;
  height?: number | string | undefined;
  value?: unknown;
  /** The plot area, so a label beside a bar can tell whether it would be clipped. */
  parentViewBox?: unknown;
}

const plotRight = (box: unknown): number => {
  if (typeof box !== 'object' || box === null) return Infinity;
  const { x, width } = box as { x?: unknown; width?: unknown };
  return typeof x === 'number' && typeof width === 'number' ? x + width : Infinity;
};

/**
 * The amount inside the end of a long bar (white), or just beyond a short one (ink). When it fits
 * neither way (a phone), it goes inside, squeezed to the bar's length rather than clipped.
 */
function barValueLabel({ x = 0, y = 0, width = 0, height = 0, value, parentViewBox }: LabelProps) {
  const [bx, by, bw, bh] = [x, y, width, height].map(Number) as [number, number, number, number];
  const text = String(value ?? '');
  const needed = textWidth(text);
  const beside = bx + bw + 6 + needed <= plotRight(parentViewBox) + 12;
  const inside = bw > needed + 16 || !beside;
  const squeeze = inside && bw <= needed + 16;
  return (
    <text
      x={inside ? bx + bw - 8 : bx + bw + 6}
      y={by + bh / 2}
      dominantBaseline="central"
      textAnchor={inside ? 'end' : 'start'}
      className="chart-value-label"
      fill={inside ? ON_BAR : INK}
      {...(squeeze ? { textLength: Math.max(0, bw - 16), lengthAdjust: 'spacingAndGlyphs' } : {})}
    >
      {text}
    </text>
  );
}

interface Datum extends IncentiveBar {
  label: string;
  text: string;
}

/**
 * India Semiconductor Mission incentives: designated, allocated and the derived remainder, in one
 * of the currencies both figures state. A national programme total: project filters do not apply.
 */
export function IncentivesChart() {
  // The currency switch is this chart's own control: it answers at once.
  return <IncentivesBody model={useModel(INCENTIVES_CLIENT, 'always')} />;
}

const IncentivesBody = memo(function IncentivesBody({ model }: { model: IncentivesModel }) {
  const { t, locale } = useT();
  const { setCurrency } = useActions();
  const hatchId = svgId(useId(), 'hatch');
  const groupName = useId();
  const { currencies, currency, share } = model;
  const amount = (v: number, unit: IncentiveBar['unit']) => formatValue(v, unit, locale);

  const data: Datum[] = model.bars.map((b) => {
    const value = amount(b.value, b.unit);
    return {
      ...b,
      label: t(`incentives.${b.key}`),
      text: b.qualifier
        ? t('chart.qualified', { qualifier: t(`qualifier.${b.qualifier}`), value })
        : value,
    };
  });

  const remainder = data.find((d) => d.key === 'remainder');
  const takeaway =
    share && remainder
      ? t('incentives.takeaway', {
          share: derivedText(t, locale, share),
          remainder: remainder.text,
        })
      : '';

  const columns: Column<Datum>[] = [
    { key: 'measure', header: t('incentives.col.measure'), value: (d) => d.label },
    {
      key: 'amount',
      header: t('incentives.col.amount', { currency: currency ?? '' }),
      value: (d) => d.value,
    },
    { key: 'stated', header: t('card.stated'), value: (d) => d.stated },
  ];

  const controls =
    currencies.length > 1 ? (
      <fieldset className="chart-controls segmented">
        <legend>{t('incentives.currency')}</legend>
        {currencies.map((c) => (
          <label key={c} className="segment">
            <input
              type="radio"
              name={groupName}
              value={c}
              checked={c === currency}
              onChange={() => setCurrency(c)}
            />
            <span>
              {currencySymbol(c, locale)} {c}
            </span>
          </label>
        ))}
      </fieldset>
    ) : null;

  const footer = (
    <>
      {controls}
      <p className="chart-note">{t('incentives.notFiltered')}</p>
      <SourceLines citations={model.citations} />
    </>
  );

  return (
    <ChartFrame
      id="incentives"
      title={t('incentives.title')}
      takeaway={takeaway}
      footer={footer}
      rows={data}
      columns={columns}
      empty={data.length === 0 ? t('chart.noData') : null}
      height={HEIGHT}
    >
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
        barCategoryGap="22%"
        accessibilityLayer={false}
        title={t('incentives.title')}
        desc={takeaway}
      >
        <HatchPattern id={hatchId} background={DERIVED_BG} stroke={DERIVED} strokeWidth={2.5} />
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tickFormatter={(v: number) => (currency ? amount(v, currency) : String(v))}
          tick={TICK}
          stroke={MUTED}
          tickCount={4}
        />
        <LabelAxis max={160} share={0.3} />
        <Bar dataKey="value" isAnimationActive={false} radius={[0, 4, 4, 0]}>
          {data.map((d) => (
            <Cell
              key={d.key}
              className={d.derived ? 'incentive-bar derived' : 'incentive-bar'}
              fill={d.derived ? `url(#${hatchId})` : OKABE_ITO.blue}
              stroke={d.derived ? DERIVED : 'none'}
              strokeWidth={d.derived ? 1.5 : 0}
              strokeDasharray={d.derived ? '4 3' : undefined}
            />
          ))}
          <LabelList dataKey="text" content={barValueLabel} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
});
