/**
 * Pure selectors over a validated dataset. Memoised per dataset object (datasets are immutable),
 * so views can call them on every render without recomputing.
 */
import type {
  Caveat,
  Citation,
  Contest,
  Dataset,
  Figure,
  Source,
  TimelineEvent,
} from './schema.ts';
import { type DerivedFigure, deriveFigures } from './derived.ts';
import { TOPICS } from './schema-enums.ts';
import { parsePartialDate } from './dates.ts';
import type { Records } from './records.ts';

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

export const selectEventsById = memoByDataset(
  (d): ReadonlyMap<string, TimelineEvent> => new Map(d.events.map((e) => [e.id, e])),
);

export const selectFiguresById = memoByDataset(
  (d): ReadonlyMap<string, Figure> => new Map(d.figures.map((f) => [f.id, f])),
);

export const selectProjectsById = memoByDataset(
  (d): ReadonlyMap<string, Dataset['projects'][number]> =>
    new Map(d.projects.map((p) => [p.id, p])),
);

/** For each figure in a contest, that contest: two sources state the same quantity differently. */
export const selectContestByFigure = memoByDataset(
  (d): ReadonlyMap<string, Contest> =>
    new Map(d.contests.flatMap((c) => c.figureIds.map((id) => [id, c] as const))),
);

/** The ⚠ caveats of the fact sheet that qualify each figure, project, event or site. */
export const selectCaveatsFor = memoByDataset((d): ReadonlyMap<string, readonly Caveat[]> => {
  const out = new Map<string, Caveat[]>();
  for (const c of d.caveats) for (const id of c.appliesTo) out.set(id, [...(out.get(id) ?? []), c]);
  return out;
});

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
  /** Projects with a Japanese partner (scope India–Japan); null for a ledger, which has no scope. */
  bilateral: number | null;
}

function memoByRecords<T>(compute: (d: Dataset, r: Records) => T): (d: Dataset, r: Records) => T {
  // Records and their dataset are loaded together, so the records alone key the pair.
  const cache = new WeakMap<Records, T>();
  return (d, r) => {
    let value = cache.get(r);
    if (value === undefined) cache.set(r, (value = compute(d, r)));
    return value;
  };
}

export const selectSummary = memoByRecords((d, records): DatasetSummary => {
  // A ledger's records are all projects; the bundled dataset counts its own lists.
  const ledger = records.origin === 'ledger';
  return {
    sources: d.sources.length,
    figures: d.figures.length,
    projects: ledger ? records.table.length : d.projects.length,
    sites: records.siteCount,
    events: d.events.length,
    bilateral: ledger ? null : d.projects.filter((p) => p.scope === 'bilateral').length,
  };
});

/** A record citing a source, and where in it: paragraph numbers (articles) or item ids (fact sheet). */
export interface CitingItem {
  id: string;
  label: string;
  paragraphs: number[];
  items: string[];
}
export interface CitingItems {
  figures: CitingItem[];
  projects: CitingItem[];
  events: CitingItem[];
  sites: CitingItem[];
}

/** Fact-sheet items in reading order: A2 before A10, B before C1. */
function byItem(a: string, b: string): number {
  return a[0] === b[0] ? Number(a.slice(1) || 0) - Number(b.slice(1) || 0) : a < b ? -1 : 1;
}

/** For each source, the records that cite it and in which paragraphs or items. */
export const selectCitingItems = memoByDataset((d): ReadonlyMap<string, CitingItems> => {
  const out = new Map<string, CitingItems>(
    d.sources.map((s) => [s.id, { figures: [], projects: [], events: [], sites: [] }]),
  );
  const add = (
    kind: keyof CitingItems,
    id: string,
    label: string,
    citations: readonly Citation[],
  ) => {
    const bySource = new Map<string, { paragraphs: Set<number>; items: Set<string> }>();
    for (const c of citations) {
      const at = bySource.get(c.source) ?? { paragraphs: new Set(), items: new Set() };
      if (c.paragraph !== undefined) at.paragraphs.add(c.paragraph);
      if (c.item !== undefined) at.items.add(c.item);
      bySource.set(c.source, at);
    }
    for (const [source, at] of bySource) {
      out.get(source)?.[kind].push({
        id,
        label,
        paragraphs: [...at.paragraphs].sort((a, b) => a - b),
        items: [...at.items].sort(byItem),
      });
    }
  };
  d.figures.forEach((f) => add('figures', f.id, f.label, [f.citation]));
  d.projects.forEach((p) => add('projects', p.id, p.name, p.citations));
  d.events.forEach((e) => add('events', e.id, e.title, e.citations));
  d.sites.forEach((s) => add('sites', s.id, s.name, s.citations));
  return out;
});

/**
 * The years the timeline spans and a link may name: every dated record, widened to the periods the
 * figures cover (the investment periods), so national totals always have their years on the axis.
 * 2017–2025 when nothing is dated.
 */
export const selectYearExtent = memoByRecords((d, records): readonly [number, number] => {
  const years = [...(records.years ?? [])];
  for (const f of d.figures) {
    const when = f.when ? parsePartialDate(f.when.date) : null;
    if (when?.precision === 'period') years.push(when.startYear, when.endYear);
  }
  return years.length === 0 ? [2017, 2025] : [Math.min(...years), Math.max(...years)];
});
