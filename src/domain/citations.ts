import type { Citation } from './schema.ts';

type Located = Pick<Citation, 'source' | 'paragraph' | 'item' | 'row' | 'page'>;

/**
 * What a citation points at, as a key: an article's paragraph (`002_…#22`), or a fact-sheet item
 * with its row and the page it rests on (`public-record#A4@https://…`): two pages behind one item are
 * two provenance lines.
 */
export function locatorKey(c: Located): string {
  if (c.paragraph !== undefined) return `${c.source}#${c.paragraph}`;
  return `${c.source}#${c.item ?? ''}${c.row ? `/${c.row}` : ''}${c.page ? `@${c.page.url}` : ''}`;
}

/** Citations with repeats of the same locator dropped, first occurrence kept. */
export function uniqueCitations<C extends Located>(citations: readonly C[]): C[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = locatorKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
