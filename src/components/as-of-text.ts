/** "As of …" in the reader's language, for a figure card (domain/as-of.ts decides the date). */
import type { AsOf } from '../domain/as-of.ts';
import { formatPartialDate } from '../domain/format.ts';
import type { Translate } from '../i18n/i18n.ts';

export function asOfText(t: Translate, locale: string, asOf: AsOf): string {
  switch (asOf.kind) {
    case 'dated':
      return asOf.undatedInputs > 0
        ? t('asOf.partlyUndated', { date: formatPartialDate(asOf.date, locale) })
        : t('asOf.date', { date: formatPartialDate(asOf.date, locale) });
    case 'article-undated':
      return t('asOf.articleUndated');
    case 'page-undated':
      return t('asOf.pageUndated');
    case 'inputs-undated':
      return t('asOf.inputsUndated');
  }
}
