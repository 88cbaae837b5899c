/**
 * The text of "Cite this view": the dashboard and its edition, the exact link (which encodes the
 * view), the access date, the filters in the words of the filter chips, and the sources behind
 * what is shown. Plain text, in the reader's language; titles and pages stay as their sources write them.
 */
import type { Edition } from '../../domain/schema.ts';
import type { ViewSource } from '../../domain/view-sources.ts';
import { formatPartialDate } from '../../domain/format.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { viewSourceText } from '../../components/citation-text.ts';

export interface CiteInput {
  /** The dashboard's title. */
  title: string;
  edition: Edition | null;
  /** The date the data covers (the dataset's `asOf`). */
  asOf: string;
  /** The link to the view. */
  url: string;
  /** The day the reader reads it (YYYY-MM-DD). */
  accessed: string;
  /** The active filters as the chips word them. */
  filters: readonly string[];
  sources: readonly ViewSource[];
  /** The file the data was loaded from, when it is not the bundled dataset the link opens. */
  importedFrom: string | null;
}

export function citeViewText(t: Translate, locale: string, input: CiteInput): string {
  const asOf = formatPartialDate(input.asOf, locale);
  const { edition } = input;
  return [
    edition
      ? t('cite.text.edition', {
          title: input.title,
          n: edition.number,
          date: formatPartialDate(edition.date, locale),
          asOf,
        })
      : t('cite.text.noEdition', { title: input.title, asOf }),
    input.url,
    t('cite.text.accessed', { date: formatPartialDate(input.accessed, locale) }),
    input.filters.length > 0
      ? t('cite.text.filters', { filters: input.filters.join('; ') })
      : t('cite.text.noFilters'),
    ...(input.importedFrom !== null
      ? [t('cite.text.imported', { origin: input.importedFrom })]
      : []),
    t('cite.text.sources'),
    ...input.sources.map((s) => `- ${viewSourceText(t, locale, s)}`),
  ].join('\n');
}
