import type { Citation } from '../domain/schema.ts';
import { selectSourcesById } from '../domain/selectors.ts';
import { useDashboard } from '../store/use-dashboard.ts';
import { SourceLine } from './source-line.tsx';
import { locatorKey, uniqueCitations } from '../domain/citations.ts';

/** One source line per cited paragraph, repeats dropped (two figures often share a paragraph). */
export function SourceLines({
  citations,
}: {
  citations: readonly Pick<Citation, 'source' | 'paragraph' | 'item' | 'row' | 'page'>[];
}) {
  const dataset = useDashboard((s) => s.dataset);
  const sources = selectSourcesById(dataset);
  return uniqueCitations(citations).map((c) => (
    <SourceLine key={locatorKey(c)} source={sources.get(c.source)} citation={c} />
  ));
}
