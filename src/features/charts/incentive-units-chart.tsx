import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import {
  INCENTIVE_UNITS_CLIENT,
  type IncentiveUnitsModel,
} from '../../domain/coordinator/index.ts';
import { isApproximate } from '../../domain/derived.ts';
import type { Column } from '../../domain/export.ts';
import { formatValue } from '../../domain/format.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { plural } from '../../i18n/i18n.ts';
import { isAdditive } from '../../components/keys.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { SourceLines } from '../../components/source-lines.tsx';
import {
  IncentiveUnitsDrawing,
  type UnitBar,
  type UnitsTotals,
} from './incentive-units-drawing.tsx';
import { unitsRows, unitsTakeaway, unitsText, type UnitsRow } from './incentive-units-text.ts';
import './charts.css';
import './incentive-units.css';

/**
 * Incentive allocation by project: the approved units' stated costs, the scheme's share of each
 * (derived, hatched), and the totals row with the stated outlay marked. Filtered like every view
 * by the other views' clauses; a bar or its button toggles the unit's site in the site filter (the
 * map's clause), and this chart answers that click in the same frame. Not shown for data without
 * costed projects (edition 1, a ledger).
 */
export function IncentiveUnitsChart() {
  const model = useModel(INCENTIVE_UNITS_CLIENT, 'site');
  return model.available === 0 ? null : <IncentiveUnitsBody model={model} />;
}

const IncentiveUnitsBody = memo(function IncentiveUnitsBody({
  model,
}: {
  model: IncentiveUnitsModel;
}) {
  const { t, locale } = useT();
  const { toggleValue } = useActions();
  // The costs are in rupees whatever the reader's currency: the record gives no other.
  const currency = useDashboard((s) => s.currency);
  const x = useMemo(() => unitsText(t, locale), [t, locale]);
  const percent = x.percent(model);

  const bars = useMemo(
    (): UnitBar[] =>
      model.units.map((u) => ({
        key: u.projectId,
        name: u.name,
        cost: u.cost.value,
        costText: x.stated(u.cost),
        share: u.share?.value ?? null,
        shareText: u.share
          ? t('incentiveUnits.shareLabel', {
              value: x.about(x.amount(u.share.value), isApproximate(u.share)),
            })
          : '',
        arithmetic: u.share ? x.shareArithmetic(u.share) : null,
        selected: u.selected,
        siteId: u.siteId,
      })),
    [model.units, x, t],
  );
  const totals = useMemo((): UnitsTotals | null => {
    const { costTotal, shareTotal, outlay } = model;
    if (!costTotal) return null;
    return {
      name: plural(t, locale, 'incentiveUnits.totals', costTotal.count),
      cost: costTotal.value,
      costText: x.about(x.amount(costTotal.value), costTotal.approximate),
      share: shareTotal?.value ?? null,
      shareText: shareTotal
        ? t('incentiveUnits.shareLabel', {
            value: x.about(x.amount(shareTotal.value), shareTotal.approximate),
          })
        : '',
      outlay: outlay?.value ?? null,
      outlayLabel: outlay ? t('incentiveUnits.outlayMark', { value: x.stated(outlay) }) : null,
    };
  }, [model, t, locale, x]);
  const legend = useMemo(
    () => ({
      cost: t('incentiveUnits.legend.cost'),
      share: model.support ? t('incentiveUnits.legend.share', { percent }) : null,
      outlay: model.outlay ? t('incentiveUnits.legend.outlay') : null,
    }),
    [t, model.support, model.outlay, percent],
  );
  const tickText = useCallback((v: number) => formatValue(v, 'INR', locale), [locale]);
  const toggle = useCallback(
    (siteId: string, e: Pick<MouseEvent, 'shiftKey' | 'metaKey' | 'ctrlKey'>) =>
      toggleValue('site', 'site', siteId, isAdditive(e)),
    [toggleValue],
  );

  const title = t('incentiveUnits.title');
  const takeaway = unitsTakeaway(t, locale, model, x);
  const rows = useMemo(() => unitsRows(t, locale, model, x), [t, locale, model, x]);
  const columns = useMemo(
    (): Column<UnitsRow>[] => [
      { key: 'unit', header: t('incentiveUnits.col.unit'), value: (r) => r.label },
      { key: 'site', header: t('incentiveUnits.col.site'), value: (r) => r.site },
      { key: 'amount', header: t('incentiveUnits.col.cost'), value: (r) => r.amount },
      { key: 'kind', header: t('incentiveUnits.col.kind'), value: (r) => r.kind },
      { key: 'text', header: t('incentiveUnits.col.stated'), value: (r) => r.text },
      { key: 'source', header: t('incentiveUnits.col.source'), value: (r) => r.source },
    ],
    [t],
  );

  const missing = [
    ...model.missing.programme.map((k) => t(`incentiveUnits.missing.${k}`)),
    ...(model.missing.costs.length > 0
      ? [t('incentiveUnits.missing.costs', { ids: model.missing.costs.join(', ') })]
      : []),
  ];
  const shareSum = x.shareSumArithmetic(model);
  const programme = [model.support, model.outlay, model.approved].flatMap((s) =>
    s ? [s.citation] : [],
  );

  const footer = (
    <>
      <div className="category-toggles" role="group" aria-label={t('incentiveUnits.toggles')}>
        {bars.map((b) => (
          <button
            key={b.key}
            type="button"
            className="category-toggle unit-toggle"
            aria-pressed={b.siteId === null ? undefined : b.selected}
            disabled={b.siteId === null}
            data-key={b.key}
            data-site-id={b.siteId ?? undefined}
            data-dimmed={model.hasSelection && !b.selected}
            onClick={(e) => b.siteId !== null && toggle(b.siteId, e)}
          >
            <span className="category-toggle-label">{b.name}</span>{' '}
            <span className="category-toggle-count">{b.costText}</span>{' '}
            <span className="visually-hidden">
              {b.siteId === null
                ? t('incentiveUnits.noSite')
                : t('incentiveUnits.selectHidden', {
                    share: b.share === null ? '–' : x.amount(b.share),
                    site: model.units.find((u) => u.projectId === b.key)?.siteName ?? b.siteId,
                  })}
            </span>
          </button>
        ))}
      </div>
      <p className="chart-note">{t('incentiveUnits.clickHint')}</p>
      {model.support && (
        <p className="units-caption" data-testid="units-caption">
          {t('incentiveUnits.caption', { percent })}
        </p>
      )}
      <ul className="units-totals-text">
        {model.costTotal && (
          <li data-kind="derived">
            <span className="units-derived-badge">{t('card.derived')}</span>{' '}
            {x.sumArithmetic(model.costTotal)}
          </li>
        )}
        {shareSum && (
          <li data-kind="derived">
            <span className="units-derived-badge">{t('card.derived')}</span> {shareSum}
          </li>
        )}
        {model.outlay && (
          <li data-kind="stated">
            {t('incentiveUnits.outlayStated', { value: x.stated(model.outlay) })}
          </li>
        )}
        {model.approved && (
          <li data-kind="stated">
            {t('incentiveUnits.approvedStated', { value: x.stated(model.approved) })}
          </li>
        )}
      </ul>
      {currency !== 'INR' && <p className="chart-note">{t('incentiveUnits.inrOnly')}</p>}
      {missing.length > 0 && (
        <p className="chart-note units-missing" data-testid="units-missing">
          {t('incentiveUnits.missing', {
            list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing),
          })}
        </p>
      )}
      <SourceLines citations={programme} />
      {model.units.length > 0 && (
        <details className="units-sources">
          <summary>{plural(t, locale, 'incentiveUnits.unitSources', model.units.length)}</summary>
          <SourceLines citations={model.units.map((u) => u.cost.citation)} />
        </details>
      )}
    </>
  );

  return (
    <ChartFrame
      id="incentive-units"
      title={title}
      takeaway={takeaway}
      footer={footer}
      rows={rows}
      columns={columns}
      empty={model.units.length === 0 ? t('chart.emptyFiltered') : null}
      height="auto"
    >
      <IncentiveUnitsDrawing
        bars={bars}
        totals={totals}
        hasSelection={model.hasSelection}
        legend={legend}
        title={title}
        desc={takeaway}
        tickText={tickText}
        onBar={toggle}
      />
    </ChartFrame>
  );
});
