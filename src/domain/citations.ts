import type { Citation } from './schema.ts';

/** Citations with repeats of the same source paragraph dropped, first occurrence kept. */
export function uniqueCitations<C extends Pick<Citation, 'source' | 'paragraph'>>(
  citations: readonly C[],
): C[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source}#${c.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
