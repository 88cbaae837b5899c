/**
 * Pure selectors over a validated dataset. Memoised per dataset object (datasets are immutable),
 * so views can call them on every render without recomputing.
 */
import type { Citation, Dataset, Figure, Source } from './schema.ts';
import { type DerivedFigure, deriveFigures } from './derived.ts';
import { TOPICS } from './schema.ts';

function memoByDataset<T>(compute: (d: Dataset) => T): (d: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (d) => {
    let value = cache.get(d);
    if (value === undefined) {
      value = compute(d);
      cache.set(d, value);
    }
    return value;
  };
}

export const selectSourcesById = memoByDataset(
  (d): ReadonlyMap<string, Source> => new Map(d.sources.map((s) => [s.id, s])),
);

export const selectFiguresById = memoByDataset(
  (d): ReadonlyMap<string, Figure> => new Map(d.figures.map((f) => [f.id, f])),
);

/** Headline figures in topic order, then in dataset order within a topic. */
export const selectHeadlineFigures = memoByDataset((d): Figure[] => {
  const order = new Map<string, number>(TOPICS.map((t, i) => [t, i]));
  return d.figures
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.headline)
    .sort((a, b) => (order.get(a.f.topic) ?? 0) - (order.get(b.f.topic) ?? 0) || a.i - b.i)
    .map(({ f }) => f);
});

export const selectDerivedFigures = memoByDataset((d): DerivedFigure[] => deriveFigures(d));

export interface Provenance {
  source: Source | undefined;
  citation: Citation;
}

/** The sources behind a derived figure: the citations of each of its inputs. */
export function selectDerivedProvenance(d: Dataset, derived: DerivedFigure): Provenance[] {
  const figures = selectFiguresById(d);
  const sources = selectSourcesById(d);
  return derived.inputs.flatMap((id) => {
    const f = figures.get(id);
    return f ? [{ source: sources.get(f.citation.source), citation: f.citation }] : [];
  });
}

export function selectFigureProvenance(d: Dataset, figure: Figure): Provenance {
  return { source: selectSourcesById(d).get(figure.citation.source), citation: figure.citation };
}

export interface DatasetSummary {
  sources: number;
  figures: number;
  projects: number;
  sites: number;
  events: number;
}

export const selectSummary = memoByDataset((d): DatasetSummary => ({
  sources: d.sources.length,
  figures: d.figures.length,
  projects: d.projects.length,
  sites: d.sites.length,
  events: d.events.length,
}));
