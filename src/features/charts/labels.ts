/** Catalogue labels for category keys (`sector.ai`, `country.JP`) and the charts' sentences. */
import type { InField } from '../../domain/clauses.ts';
import type { CategoryModel } from '../../domain/coordinator/index.ts';
import { plural, type MessageKey, type Translate } from '../../i18n/i18n.ts';
import { en } from '../../i18n/messages-en.ts';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

export function categoryLabel(t: Translate, field: InField, key: string): string {
  const k = `${field}.${key}`;
  // A dataset loaded at run time may carry a value the catalogue does not know: show it as is.
  return isMessageKey(k) ? t(k) : key;
}

/** Years without digit grouping ("2017", never "2,017"). */
const yearFormats = new Map<string, Intl.NumberFormat>();
export function yearText(year: number, locale: string): string {
  let f = yearFormats.get(locale);
  if (!f) yearFormats.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: false })));
  return f.format(year);
}

/**
 * Words into lines no wider than `max` pixels, by an estimate of `charWidth` pixels a character (SVG
 * text does not wrap, and measuring needs a layout). A word longer than `max` keeps a line of its own.
 */
export function wrapWords(text: string, max: number, charWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && (last.length + 1 + word.length) * charWidth <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Names as a list in the locale's words: "A, B, and C". Past `max` names the rest are counted
 * ("A, B, C, and 4 more"); a single leftover is named instead, since "1 more" says less in as many words.
 */
export function nameList(t: Translate, locale: string, names: readonly string[], max = 3): string {
  const items =
    names.length <= max + 1
      ? names
      : [...names.slice(0, max), t('category.more', { count: names.length - max })];
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/**
 * The category chart's takeaway: the leader, or every category sharing the top count (a tie is
 * never passed off as a lead), or that nothing matches.
 */
export function categoryTakeaway(
  t: Translate,
  locale: string,
  model: Pick<CategoryModel, 'field' | 'leaders' | 'top' | 'total'>,
): string {
  // The plural form follows the total ("of 1 project"); {count} is the top count.
  const { field, leaders, top: count, total } = model;
  const names = leaders.map((key) => categoryLabel(t, field, key));
  const [first] = names;
  if (first === undefined) return t('category.takeawayNone');
  if (names.length === 1)
    return plural(t, locale, 'category.takeaway', total, { top: first, count, total });
  return plural(t, locale, 'category.takeawayTie', total, {
    total,
    names: nameList(t, locale, names),
    count,
  });
}
