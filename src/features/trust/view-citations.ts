import type { Citation } from '../../domain/schema.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';
import type { Coordinator } from '../../domain/coordinator/index.ts';

type Cited = Pick<Citation, 'source' | 'paragraph' | 'page'>;

/**
 * The citations behind what the page shows: every figure and its note (cards and national totals
 * are not filtered) and every project and event the filters leave. A ledger's records all cite the ledger
 * itself: its sources stand for them, without reading a million records.
 */
export function viewCitations(s: DashboardState, coordinator: Coordinator): Cited[] {
  const figures = s.dataset.figures.flatMap((f) =>
    f.note ? [f.citation, f.note.citation] : [f.citation],
  );
  if (s.records.origin === 'ledger')
    return [...figures, ...s.dataset.sources.map((x) => ({ source: x.id }))];
  const rows = coordinator.source(s.records).rows({
    where: { clauses: s.clauses, except: null },
    kind: 'all',
    orderBy: null,
    dir: 1,
    offset: 0,
    limit: s.records.table.length,
  });
  return [...figures, ...rows.flatMap((i) => s.records.detail(i).citations)];
}
