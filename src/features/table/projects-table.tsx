import { useEffect, useMemo, useState } from 'react';
import type { Row } from '../../domain/crossfilter.ts';
import type { Column } from '../../domain/export.ts';
import { selectProjectCounts, selectProjectsById, selectViewRows } from '../../domain/selectors.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { ExportMenu } from '../../components/export-menu.tsx';
import { valueLabel } from '../../components/clause-label.ts';
import { compareRows, type SortKey } from './sort.ts';

const SEARCH_DELAY_MS = 200;

/**
 * The projects that every filter leaves, sortable and searchable. The search box publishes the
 * table's clause, which filters every other view too.
 */
export function ProjectsTable() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const clauses = useDashboard((s) => s.clauses);
  const { setClause } = useActions();
  const storeQuery = clauses.table?.kind === 'search' ? clauses.table.query : '';
  const [query, setQuery] = useState(storeQuery);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });

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

  const all = selectProjectCounts(dataset, clauses).total;
  const filtered = selectViewRows(dataset, clauses, null);
  const rows = useMemo(
    () =>
      filtered
        .filter((r) => r.kind === 'project')
        .sort((a, b) => compareRows(a, b, sort.key, sort.dir)),
    [filtered, sort],
  );
  const projects = selectProjectsById(dataset);
  const siteName = (r: Row) => r.site.map((s) => valueLabel(t, dataset, 'site', s)).join(', ');
  const columns: Column<Row>[] = [
    { key: 'name', header: t('table.col.name'), value: (r) => r.label },
    { key: 'partners', header: t('table.col.partners'), value: (r) => r.partners },
    {
      key: 'country',
      header: t('table.col.country'),
      value: (r) => r.country.map((c) => valueLabel(t, dataset, 'country', c)),
    },
    {
      key: 'sector',
      header: t('table.col.sector'),
      value: (r) => r.sector.map((c) => valueLabel(t, dataset, 'sector', c)),
    },
    {
      key: 'type',
      header: t('table.col.type'),
      value: (r) => r.type.map((c) => valueLabel(t, dataset, 'type', c)),
    },
    {
      key: 'status',
      header: t('table.col.status'),
      value: (r) => (r.status ? t(`status.${r.status}` as 'status.ongoing') : ''),
    },
    { key: 'site', header: t('table.col.site'), value: siteName },
    { key: 'year', header: t('table.col.year'), value: (r) => r.year },
    {
      key: 'scope',
      header: t('table.col.scope'),
      value: (r) => {
        const scope = projects.get(r.id)?.scope;
        return scope ? t(`scope.${scope}`) : '';
      },
    },
    {
      key: 'sources',
      header: t('table.col.sources'),
      value: (r) =>
        (projects.get(r.id)?.citations ?? []).map((c) =>
          t('table.citation', { file: c.source.slice(0, 3), n: c.paragraph }),
        ),
    },
  ];
  const sortable = new Set<string>(['name', 'sector', 'type', 'status', 'site', 'year', 'country']);

  return (
    <section className="table-panel" aria-labelledby="projects-title">
      <header className="chart-head">
        <div className="chart-titles">
          <h3 id="projects-title">{t('table.title')}</h3>
          <p className="takeaway" data-testid="table-count">
            {t('table.count', { shown: rows.length, total: all })}
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
          <ExportMenu name="projects" title={t('table.title')} rows={rows} columns={columns} />
        </div>
      </header>
      <div className="table-scroll">
        <table className="data-table projects" data-testid="projects-table">
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.key === c.key;
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
                            dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1,
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
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.id} data-row-id={r.id}>
                {columns.map((c) => {
                  const v = c.value(r);
                  const text = Array.isArray(v) ? v.join(', ') : String(v ?? '');
                  return (
                    <td key={c.key} title={text.length > 60 ? text : undefined}>
                      {text === '' ? t('table.undated') : text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
