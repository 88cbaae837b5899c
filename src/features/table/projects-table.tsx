import { shortCitationText } from '../../components/citation-text.ts';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Column } from '../../domain/export.ts';
import {
  TABLE_CLIENT,
  TABLE_PAGE_CLIENT,
  tablePage,
  type TableSort,
} from '../../domain/coordinator/index.ts';
import type { RecordDetail, SortKey } from '../../domain/records.ts';
import { useActions, useDashboard, useDashboardStore } from '../../store/use-dashboard.ts';
import { coordinatorOf, useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatCount } from '../../domain/format.ts';
import { ExportMenu } from '../../components/export-menu.tsx';
import { valueLabel } from '../../components/clause-label.ts';
import { ProjectCorrection } from './project-correction.tsx';
import '../../components/chart-frame.css';
import '../../components/data-table.css';
import './table.css';

const SEARCH_DELAY_MS = 200;
/** Past this many rows the table renders only the rows in view (plus OVERSCAN above and below). */
const FULL_TABLE_ROWS = 200;
/** A virtual table's row height in px: cells keep to one line (see .fixed-rows in table.css). */
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
  const store = useDashboardStore();
  const records = useDashboard((s) => s.records);
  const { setClause } = useActions();
  const storeQuery = useDashboard((s) =>
    s.clauses.table?.kind === 'search' ? s.clauses.table.query : '',
  );
  const [query, setQuery] = useState(storeQuery);
  const [chosen, setSort] = useState<TableSort>({ key: null, dir: 1 });
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

  // The search box is this table's own clause: typing answers at once, other filters follow.
  const { shown, total: all, sort } = useModel(TABLE_CLIENT, 'table', chosen);
  const sortKey = sort.key;
  // Small tables render every row (rows may wrap); large ones only the rows in view, at a fixed height.
  const virtual = shown > FULL_TABLE_ROWS;
  const first = virtual ? Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN) : 0;
  const count = virtual
    ? Math.ceil((scroll.height || DEFAULT_VIEW_HEIGHT) / ROW_HEIGHT) + 2 * OVERSCAN
    : shown;
  const page = useModel(TABLE_PAGE_CLIENT, 'table', { sort, first, count });
  const columns = useMemo((): Column<RecordDetail>[] => {
    const label = (field: 'sector' | 'type' | 'country' | 'site', values: readonly string[]) =>
      values.map((v) => valueLabel(t, records, field, v));
    return [
      { key: 'name', header: t('table.col.name'), value: (r) => r.label },
      {
        key: 'partners',
        header: t('table.col.partners'),
        value: (r) => r.partners.map((p) => p.name),
      },
      {
        key: 'country',
        header: t('table.col.country'),
        value: (r) => label('country', r.countries),
      },
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
        value: (r) => r.citations.map((c) => shortCitationText(t, c)),
      },
    ];
  }, [t, records]);
  // Exports take every row the filters leave, built only when asked for.
  const allRows = () => {
    const s = store.getState();
    return tablePage(coordinatorOf(store).source(s.records), s.records, s.clauses, sort, 0, shown);
  };
  const undated = t('table.undated');
  // One correction dialog for the table, above it; the row's button gets focus back on closing.
  const [correcting, setCorrecting] = useState<{
    record: RecordDetail;
    opener: HTMLButtonElement;
  } | null>(null);
  const onCorrect = useCallback(
    (record: RecordDetail, opener: HTMLButtonElement) => setCorrecting({ record, opener }),
    [],
  );
  const correctLabel = t('correction.open');
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
      {correcting && (
        <ProjectCorrection
          record={correcting.record}
          onClose={() => {
            correcting.opener.focus();
            setCorrecting(null);
          }}
        />
      )}
      <div
        className={virtual ? 'table-scroll virtual-scroll' : 'table-scroll'}
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
                          setSort({
                            key: c.key as SortKey,
                            dir: sortKey === c.key ? (sort.dir === 1 ? -1 : 1) : 1,
                          })
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
              <th scope="col">
                <span className="visually-hidden">{t('table.col.correction')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="table-empty">
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
              <TableRow
                // A virtual table recycles its rows by place: a scroll or a filter then rewrites
                // the cells' text instead of removing and inserting rows (a layout of every row).
                key={virtual ? k : r.id}
                record={r}
                index={first + k + 2}
                columns={columns}
                virtual={virtual}
                undated={undated}
                correctLabel={correctLabel}
                onCorrect={onCorrect}
              />
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

/** One project's row: drawn again only when the record, its place or the language changes. */
const TableRow = memo(function TableRow({
  record,
  index,
  columns,
  virtual,
  undated,
  correctLabel,
  onCorrect,
}: {
  record: RecordDetail;
  index: number;
  columns: readonly Column<RecordDetail>[];
  virtual: boolean;
  undated: string;
  /** "Suggest a correction": the button's text; its name adds the project's. */
  correctLabel: string;
  onCorrect: (record: RecordDetail, opener: HTMLButtonElement) => void;
}) {
  return (
    <tr data-row-id={record.id} aria-rowindex={index}>
      {columns.map((c) => {
        const v = c.value(record);
        const text = Array.isArray(v) ? v.join(', ') : String(v ?? '');
        return (
          <td key={c.key} title={text.length > 60 || virtual ? text : undefined}>
            {text === '' ? undated : text}
          </td>
        );
      })}
      <td className="correction-cell">
        <button
          type="button"
          className="row-action"
          aria-label={`${correctLabel}: ${record.label}`}
          onClick={(e) => onCorrect(record, e.currentTarget)}
        >
          {correctLabel}
        </button>
      </td>
    </tr>
  );
});
