/**
 * India Semiconductor Mission incentives: designated, allocated and the derived remainder, in one
 * of the currencies both figures state. A national programme total: project filters do not apply.
 */
import { isApproximate, type DerivedMeasure } from '../../derived.ts';
import { INCENTIVE_FIGURE_IDS, sharedCurrencies } from '../../incentives.ts';
import type { Citation, Dataset, Measure } from '../../schema.ts';
import type { Currency } from '../../schema-enums.ts';
import { selectDerivedFigures, selectFiguresById } from '../../selectors.ts';

export type IncentiveKey = 'designated' | 'allocated' | 'remainder';

export interface IncentiveBar {
  key: IncentiveKey;
  value: number;
  unit: Currency;
  /** Computed in the dashboard, not stated by a source. */
  derived: boolean;
  qualifier: Measure['qualifier'] | null;
  /** The source's own wording of a stated value; null for derived ones. */
  stated: string | null;
}

export interface IncentivesModel {
  /** The currencies both figures state (the chart's switch); empty when there are none. */
  currencies: readonly Currency[];
  /** The one drawn: the preferred one when available, else the first; null when none. */
  currency: Currency | null;
  bars: readonly IncentiveBar[];
  /** The derived allocated share, for the takeaway. */
  share: DerivedMeasure | null;
  citations: readonly Citation[];
}

/** The preferred currency when it is available, else the first available one (null if none). */
export function pickCurrency(available: readonly Currency[], preferred: string): Currency | null {
  return available.find((c) => c === preferred) ?? available[0] ?? null;
}

export function incentivesModel(d: Dataset, preferred: string): IncentivesModel {
  const figures = selectFiguresById(d);
  const derived = selectDerivedFigures(d);
  const stated = [
    figures.get(INCENTIVE_FIGURE_IDS.designated),
    figures.get(INCENTIVE_FIGURE_IDS.allocated),
  ];
  const currencies = sharedCurrencies(stated);
  const currency = pickCurrency(currencies, preferred);
  const bars: IncentiveBar[] = [];
  if (currency) {
    for (const key of ['designated', 'allocated'] as const) {
      const m = figures.get(INCENTIVE_FIGURE_IDS[key])?.measures.find((x) => x.unit === currency);
      if (m)
        bars.push({
          key,
          value: m.value,
          unit: currency,
          derived: false,
          qualifier: m.qualifier ?? null,
          stated: m.stated,
        });
    }
    const remainder = derived
      .find((x) => x.id === 'incentives-remainder')
      ?.measures.find((m) => m.unit === currency);
    if (remainder)
      bars.push({
        key: 'remainder',
        value: remainder.value,
        unit: currency,
        derived: true,
        // Computed from a hedged figure ("nearly"), so hedged too.
        qualifier: isApproximate(remainder) ? 'about' : null,
        stated: null,
      });
  }
  return {
    currencies,
    currency,
    bars,
    share: derived.find((x) => x.id === 'incentives-allocated-share')?.measures[0] ?? null,
    citations: stated.flatMap((f) => (f ? [f.citation] : [])),
  };
}
