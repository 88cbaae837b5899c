import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Column } from '../../domain/export.ts';
import { pageOf, selectProjectCounts, selectionOf, sortedRows } from '../../domain/views.ts';
import { projectsIn } from '../../domain/columns/engine.ts';
import { selectRecords, type RecordDetail, type SortKey } from '../../domain/records.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatCount } from '../../domain/format.ts';
import { ExportMenu } from '../../components/export-menu.tsx';
import { valueLabel } from '../../components/clause-label.ts';

const SEARCH_DELAY_MS = 200;
/** Past this many rows the table renders only the rows in view (plus OVERSCAN above and below). */
const FULL_TABLE_ROWS = 200;
/** A virtual table's row height in px: cells keep to one line (see .fixed-rows in styles.css). */
const ROW_HEIGHT = 34;
const OVERSCAN = 8;
/** Before the first layout (and in tests without layout), the height assumed for the view. */
const DEFAULT_VIEW_HEIGHT = 700;

/**
 * The projects that every filter leaves, sortable and searchable. The search box publishes the
 * table's clause, which filters every other view too.
 */
export function ProjectsTable() {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const clauses = useDashboard((s) => s.clauses);
  const { setClause } = useActions();
  const storeQuery = clauses.table?.kind === 'search' ? clauses.table.query : '';
  const [query, setQuery] = useState(storeQuery);
  const [sort, setSort] = useState<{ key: SortKey | null; dir: 1 | -1 }>({ key: null, dir: 1 });
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el)
      setScroll((s) => (s.height === el.clientHeight ? s : { ...s, height: el.clientHeight }));
  }, []);

  // Follow the store when the query changes elsewhere (undo, a chip removed, the URL).
  const [seenStoreQuery, setSeenStoreQuery] = useState(storeQuery);
  if (storeQuery !== seenStoreQuery) {
    setSeenStoreQuery(storeQuery);
    setQuery(storeQuery);
  }
  useEffect(() => {
    if (query.trim() === storeQuery.trim()) return;
    const timer = setTimeout(
      () => setClause('table', { kind: 'search', field: 'text', query: query.trim() }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [query, storeQuery, setClause]);

  const records = selectRecords(dataset);
  const { shown, total: all } = selectProjectCounts(dataset, clauses);
  const sel = projectsIn(records.table, selectionOf(dataset, clauses, null));
  const sortKey = sort.key ?? (records.origin === 'ledger' ? null : 'name');
  const order = sortKey ? sortedRows(records, sortKey, sort.dir) : null;
  // Small tables render every row (rows may wrap); large ones only the rows in view, at a fixed height.
  const virtual = shown > FULL_TABLE_ROWS;
  const first = virtual ? Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN) : 0;
  const count = virtual
    ? Math.ceil((scroll.height || DEFAULT_VIEW_HEIGHT) / ROW_HEIGHT) + 2 * OVERSCAN
    : shown;
  const page = pageOf(records.table, sel, order, first, count).map((i) => records.detail(i));
  const label = (field: 'sector' | 'type' | 'country' | 'site', values: readonly string[]) =>
    values.map((v) => valueLabel(t, dataset, field, v));
  const columns: Column<RecordDetail>[] = [
    { key: 'name', header: t('table.col.name'), value: (r) => r.label },
    {
      key: 'partners',
      header: t('table.col.partners'),
      value: (r) => r.partners.map((p) => p.name),
    },
    { key: 'country', header: t('table.col.country'), value: (r) => label('country', r.countries) },
    { key: 'sector', header: t('table.col.sector'), value: (r) => label('sector', r.sectors) },
    { key: 'type', header: t('table.col.type'), value: (r) => label('type', r.types) },
    {
      key: 'status',
      header: t('table.col.status'),
      value: (r) => (r.status ? t(`status.${r.status}` as 'status.ongoing') : ''),
    },
    { key: 'site', header: t('table.col.site'), value: (r) => label('site', r.siteIds) },
    { key: 'year', header: t('table.col.year'), value: (r) => r.year },
    {
      key: 'scope',
      header: t('table.col.scope'),
      value: (r) => (r.scope ? t(`scope.${r.scope}` as 'scope.bilateral') : ''),
    },
    {
      key: 'sources',
      header: t('table.col.sources'),
      value: (r) =>
        r.citations.map((c) => t('table.citation', { file: c.source.slice(0, 3), n: c.paragraph })),
    },
  ];
  // Exports take every row the filters leave, built only when asked for.
  const allRows = () => pageOf(records.table, sel, order, 0, shown).map((i) => records.detail(i));
  const sortable = new Set<string>(['name', 'sector', 'type', 'status', 'site', 'year', 'country']);

  return (
    <section className="table-panel" aria-labelledby="projects-title">
      <header className="chart-head">
        <div className="chart-titles">
          <h3 id="projects-title">{t('table.title')}</h3>
          <p className="takeaway" data-testid="table-count">
            {t('table.count', {
              shown: formatCount(shown, locale),
              total: formatCount(all, locale),
            })}
          </p>
        </div>
        <div className="chart-actions">
          <input
            type="search"
            className="search"
            value={query}
            aria-label={t('table.search')}
            placeholder={t('table.search')}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ExportMenu name="projects" title={t('table.title')} rows={allRows} columns={columns} />
        </div>
      </header>
      <div
        className="table-scroll"
        ref={scroller}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (virtual) setScroll({ top: el.scrollTop, height: el.clientHeight });
        }}
      >
        <table
          className={virtual ? 'data-table projects fixed-rows' : 'data-table projects'}
          data-testid="projects-table"
          aria-rowcount={shown + 1}
        >
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => {
                const active = sortKey === c.key;
                const ariaSort = active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none';
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={sortable.has(c.key) ? ariaSort : undefined}
                  >
                    {sortable.has(c.key) ? (
                      <button
                        type="button"
                        className="sort-button"
                        aria-label={t('table.sortBy', { column: c.header })}
                        onClick={() =>
                          setSort((s) => ({
                            key: c.key as SortKey,
                            dir: sortKey === c.key ? (s.dir === 1 ? -1 : 1) : 1,
                          }))
                        }
                      >
                        {c.header}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort.dir === 1 ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown === 0 && (
              <tr>
                <td colSpan={columns.length} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {virtual && first > 0 && (
              <tr
                aria-hidden="true"
                className="table-spacer"
                style={{ height: first * ROW_HEIGHT }}
              />
            )}
            {page.map((r, k) => (
              <tr key={r.id} data-row-id={r.id} aria-rowindex={first + k + 2}>
                {columns.map((c) => {
                  const v = c.value(r);
                  const text = Array.isArray(v) ? v.join(', ') : String(v ?? '');
                  return (
                    <td key={c.key} title={text.length > 60 || virtual ? text : undefined}>
                      {text === '' ? t('table.undated') : text}
                    </td>
                  );
                })}
              </tr>
            ))}
            {virtual && first + page.length < shown && (
              <tr
                aria-hidden="true"
                className="table-spacer"
                style={{ height: (shown - first - page.length) * ROW_HEIGHT }}
              />
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
