/**
 * The sources behind a set of citations, each named once, as a reference list names them: an
 * article by its title; the fact sheet by the pages it names (publisher, title, date), since a
 * reader checks the page, not our sheet.
 */
import type { Citation, Page, Source } from './schema.ts';

export type ViewSource =
  | { kind: 'article'; source: Source }
  | { kind: 'page'; source: Source; page: Page }
  /** A fact-sheet citation that names no page, or a source id the dataset does not list. */
  | { kind: 'unnamed'; id: string; source: Source | undefined };

type Cited = Pick<Citation, 'source' | 'paragraph' | 'page'>;

/**
 * Articles first, in the dataset's order of sources, then the pages in the order first cited;
 * repeats are dropped (an article by its id, a page by its address).
 */
export function viewSources(sources: readonly Source[], citations: Iterable<Cited>): ViewSource[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const articles = new Set<string>();
  const pages = new Map<string, ViewSource>();
  const unnamed = new Map<string, ViewSource>();
  for (const c of citations) {
    const source = byId.get(c.source);
    if (c.page) {
      if (!pages.has(c.page.url) && source)
        pages.set(c.page.url, { kind: 'page', source, page: c.page });
      else if (!source && !unnamed.has(c.source))
        unnamed.set(c.source, { kind: 'unnamed', id: c.source, source });
    } else if (source && source.kind !== 'fact-sheet') articles.add(source.id);
    else if (!unnamed.has(c.source))
      unnamed.set(c.source, { kind: 'unnamed', id: c.source, source });
  }
  return [
    ...sources
      .filter((s) => articles.has(s.id))
      .map((source): ViewSource => ({ kind: 'article', source })),
    ...pages.values(),
    ...unnamed.values(),
  ];
}
