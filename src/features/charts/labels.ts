/** Catalogue labels for category keys (`sector.ai`, `country.JP`), with the raw key as a fallback. */
import type { InField } from '../../domain/crossfilter.ts';
import { CATALOGUES, type MessageKey, type Translate } from '../../i18n/i18n.ts';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(CATALOGUES.en, key);

export function categoryLabel(t: Translate, field: InField, key: string): string {
  const k = `${field}.${key}`;
  // A dataset loaded at run time may carry a value the catalogue does not know: show it as is.
  return isMessageKey(k) ? t(k) : key;
}

/** Years without digit grouping ("2017", never "2,017"). */
export function yearText(year: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
}
