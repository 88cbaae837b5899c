/**
 * The plain-text report behind "Suggest a correction": the item, its value as stated, its sources
 * with their locators, the edition, and two blanks for the reader to fill in. Nothing is sent: the
 * reader copies or downloads it.
 */
import type { Citation, Edition, Source } from '../domain/schema.ts';
import { uniqueCitations } from '../domain/citations.ts';
import { formatPartialDate } from '../domain/format.ts';
import type { Translate } from '../i18n/i18n.ts';
import { citationText } from './citation-text.ts';

type Located = Pick<Citation, 'source' | 'paragraph' | 'item' | 'row' | 'page'>;

export interface CorrectionSubject {
  kind: 'figure' | 'derived' | 'project';
  id: string;
  /** The item's name as the page shows it. */
  name: string;
  /** A sourced figure's values in the source's own words. */
  stated?: readonly string[];
  /** What the page shows: a derived result, a figure's formatted value. */
  shown?: readonly string[];
  /** A derived figure's arithmetic. */
  arithmetic?: readonly string[];
  /** A project's partners. */
  partners?: readonly string[];
  citations: readonly Located[];
}

export interface CorrectionContext {
  /** The dashboard's title. */
  title: string;
  edition: Edition | null;
  /** The date the data covers (the dataset's `asOf`). */
  asOf: string;
  sources: ReadonlyMap<string, Source>;
}

export function correctionText(
  t: Translate,
  locale: string,
  subject: CorrectionSubject,
  context: CorrectionContext,
): string {
  const { edition } = context;
  const list = (items: readonly string[] | undefined) => (items ?? []).join(' · ');
  const lines = [
    t('correction.text.heading', { title: context.title }),
    edition
      ? t('correction.text.edition', {
          n: edition.number,
          date: formatPartialDate(edition.date, locale),
        })
      : t('correction.text.noEdition', { date: formatPartialDate(context.asOf, locale) }),
    t('correction.text.item', { kind: t(`correction.kind.${subject.kind}`), id: subject.id }),
    t('correction.text.name', { name: subject.name }),
  ];
  if (subject.stated?.length)
    lines.push(t('correction.text.stated', { value: list(subject.stated.map((s) => `“${s}”`)) }));
  if (subject.shown?.length) lines.push(t('correction.text.shown', { value: list(subject.shown) }));
  if (subject.arithmetic?.length)
    lines.push(t('correction.text.arithmetic', { value: list(subject.arithmetic) }));
  if (subject.partners?.length)
    lines.push(t('correction.text.partners', { partners: subject.partners.join(', ') }));
  lines.push(
    '',
    t('correction.text.sources'),
    ...uniqueCitations(subject.citations).map(
      (c) => `- ${citationText(t, locale, context.sources.get(c.source), c)}`,
    ),
    '',
    t('correction.text.wrong'),
    '',
    '',
    t('correction.text.should'),
    '',
    '',
  );
  return lines.join('\n');
}
