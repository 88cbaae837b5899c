/** The India Semiconductor Mission incentives: which figures they are and the currencies both state. */
import type { Dataset, Figure } from './schema.ts';
import { CURRENCIES, type Currency, type Unit } from './schema-enums.ts';
import { selectFiguresById } from './selectors.ts';

export const INCENTIVE_FIGURE_IDS = {
  designated: 'ism-incentives-designated',
  allocated: 'ism-incentives-allocated',
} as const;

/** The currency shown when a dataset states none the incentives could be switched among. */
export const DEFAULT_CURRENCY: Currency = 'INR';

const isCurrency = (u: Unit): u is Currency => (CURRENCIES as readonly string[]).includes(u);

/** Currencies every one of the figures states, in the order the first one states them. */
export function sharedCurrencies(figures: readonly (Figure | undefined)[]): Currency[] {
  const [first, ...rest] = figures;
  if (!first || rest.some((f) => f === undefined)) return [];
  return first.measures
    .map((m) => m.unit)
    .filter(isCurrency)
    .filter((u) => rest.every((f) => f?.measures.some((m) => m.unit === u)));
}

/** The currencies the incentive chart can switch among (the default alone when there are none). */
export function incentiveCurrencies(d: Dataset): Currency[] {
  const byId = selectFiguresById(d);
  const shared = sharedCurrencies([
    byId.get(INCENTIVE_FIGURE_IDS.designated),
    byId.get(INCENTIVE_FIGURE_IDS.allocated),
  ]);
  return shared.length > 0 ? shared : [DEFAULT_CURRENCY];
}
