/**
 * What date a figure is "as of". A sourced figure is as of the date of the page its citation
 * names (fact-sheet citations carry the page and its date); the articles are undated, and an
 * article citation says so rather than borrow a date. A derived figure is as of the latest date
 * among its inputs.
 */
import type { Citation, Figure } from './schema.ts';
import { lastDayOf } from './editions.ts';

export type AsOf =
  /** `undatedInputs`: for a derived figure, how many of its inputs have no date. */
  | { kind: 'dated'; date: string; undatedInputs: number }
  /** An article citation: the articles carry no date. */
  | { kind: 'article-undated' }
  /** A fact-sheet citation whose page states no date (or names no page). */
  | { kind: 'page-undated' }
  /** A derived figure none of whose inputs has a date. */
  | { kind: 'inputs-undated' };

/** The date of the page a citation names, if it names one with a date. */
export function citationAsOf(c: Pick<Citation, 'paragraph' | 'page'>): AsOf {
  if (c.page?.date !== undefined) return { kind: 'dated', date: c.page.date, undatedInputs: 0 };
  return c.paragraph !== undefined ? { kind: 'article-undated' } : { kind: 'page-undated' };
}

export function figureAsOf(figure: Pick<Figure, 'citation'>): AsOf {
  return citationAsOf(figure.citation);
}

/**
 * The latest date among the inputs' dates. Partial dates compare by the last day they can mean;
 * on a tie the more precise wins ("2025-08-31" over "2025-08").
 */
export function derivedAsOf(inputs: readonly Pick<Figure, 'citation'>[]): AsOf {
  let latest: { date: string; last: string } | null = null;
  let undated = 0;
  for (const f of inputs) {
    const asOf = figureAsOf(f);
    const last = asOf.kind === 'dated' ? lastDayOf(asOf.date) : null;
    if (asOf.kind !== 'dated' || last === null) {
      undated++;
      continue;
    }
    if (
      latest === null ||
      last > latest.last ||
      (last === latest.last && asOf.date.length > latest.date.length)
    )
      latest = { date: asOf.date, last };
  }
  return latest
    ? { kind: 'dated', date: latest.date, undatedInputs: undated }
    : { kind: 'inputs-undated' };
}
