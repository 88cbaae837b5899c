/** What a link may name, taken from the loaded dataset: anything else in a URL is dropped. */
import type { Dataset } from './schema.ts';
import { COUNTRIES, PROJECT_TYPES, SECTORS } from './schema.ts';
import { selectDerivedFigures, selectRows } from './selectors.ts';
import { yearExtent } from './crossfilter.ts';
import type { Vocabulary } from './url-codec.ts';

/** Currencies offered for incentive amounts: those every incentive figure states, INR first. */
export function incentiveCurrencies(d: Dataset): string[] {
  const figures = d.figures.filter((f) => f.topic === 'incentives' && f.measures.length > 1);
  if (figures.length === 0) return ['INR'];
  const sets = figures.map((f) => new Set<string>(f.measures.map((m) => m.unit)));
  const first = figures[0]?.measures.map((m) => m.unit) ?? [];
  const common = first.filter((u) => sets.every((s) => s.has(u)));
  return common.length > 0 ? common : ['INR'];
}

const cache = new WeakMap<Dataset, Vocabulary>();

/** Memoised per dataset: the URL sync asks on every change. */
export function vocabularyFor(d: Dataset): Vocabulary {
  let v = cache.get(d);
  if (!v) cache.set(d, (v = computeVocabulary(d)));
  return v;
}

function computeVocabulary(d: Dataset): Vocabulary {
  const cards = [
    ...d.figures.map((f) => f.id),
    ...selectDerivedFigures(d).map((x) => `derived-${x.id}`),
  ];
  return {
    sector: SECTORS,
    type: PROJECT_TYPES,
    country: COUNTRIES,
    site: d.sites.map((s) => s.id),
    currencies: incentiveCurrencies(d),
    panels: ['sources', 'import', ...cards.map((id) => `provenance:${id}`)],
    years: yearExtent(selectRows(d), [2017, 2024]),
    tourLength: d.tour.length,
  };
}
