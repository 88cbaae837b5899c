/** What a link may name, taken from the loaded dataset: anything else in a URL is dropped. */
import type { Dataset } from './schema.ts';
import { COUNTRIES, PROJECT_TYPES, SECTORS } from './schema-enums.ts';
import { selectDerivedFigures, selectYearExtent } from './selectors.ts';
import { incentiveCurrencies } from './incentives.ts';
import type { Records } from './records.ts';
import type { Vocabulary } from './url-codec.ts';

const cache = new WeakMap<Records, Vocabulary>();

/** Memoised per records (loaded with their dataset): the URL sync asks on every change. */
export function vocabularyFor(d: Dataset, records: Records): Vocabulary {
  let v = cache.get(records);
  if (!v) cache.set(records, (v = computeVocabulary(d, records)));
  return v;
}

function computeVocabulary(d: Dataset, records: Records): Vocabulary {
  const cards = [
    ...d.figures.map((f) => f.id),
    ...selectDerivedFigures(d).map((x) => `derived-${x.id}`),
  ];
  return {
    sector: SECTORS,
    type: PROJECT_TYPES,
    country: COUNTRIES,
    site: records.table.site.dict,
    currencies: incentiveCurrencies(d),
    panels: ['sources', 'import', ...cards.map((id) => `provenance:${id}`)],
    years: selectYearExtent(d, records),
    tourLength: d.tour.length,
  };
}
