/** What a link may name, taken from the loaded dataset: anything else in a URL is dropped. */
import type { Dataset } from './schema.ts';
import { COUNTRIES, PROJECT_TYPES, SECTORS } from './schema.ts';
import { selectDerivedFigures, selectYearExtent } from './selectors.ts';
import { incentiveCurrencies } from './incentives.ts';
import { selectRecords } from './records.ts';
import type { Vocabulary } from './url-codec.ts';

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
    site: selectRecords(d).table.site.dict,
    currencies: incentiveCurrencies(d),
    panels: ['sources', 'import', ...cards.map((id) => `provenance:${id}`)],
    years: selectYearExtent(d),
    tourLength: d.tour.length,
  };
}
