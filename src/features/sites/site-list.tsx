import { countBy } from '../../domain/crossfilter.ts';
import { selectViewRows } from '../../domain/selectors.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';

const NONE: readonly string[] = [];

/**
 * The sites with how many projects and events each holds under the other filters. Selecting one
 * publishes the site clause. (The map, when it lands, draws the same list.)
 */
export function SiteList() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const rows = useDashboard((s) => selectViewRows(s.dataset, s.clauses, 'site'));
  const selected = useDashboard((s) =>
    s.clauses.site?.kind === 'in' ? s.clauses.site.values : NONE,
  );
  const { toggleValue } = useActions();
  const counts = new Map(countBy(rows, 'site').map((b) => [b.key, b.count]));
  const withItems = dataset.sites.filter((s) => (counts.get(s.id) ?? 0) > 0).length;
  return (
    <section className="chart-frame sites-panel" aria-labelledby="sites-title">
      <header className="chart-head">
        <div className="chart-titles">
          <h3 id="sites-title">{t('sites.title')}</h3>
          <p className="takeaway">{t('sites.takeaway', { count: withItems })}</p>
        </div>
      </header>
      <ul className="site-list" data-testid="site-list">
        {dataset.sites.map((s) => {
          const count = counts.get(s.id) ?? 0;
          const isSelected = selected.includes(s.id);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="site-button"
                aria-pressed={isSelected}
                data-site-id={s.id}
                data-count={count}
                data-dimmed={count === 0 && !isSelected}
                onClick={(e) =>
                  toggleValue('site', 'site', s.id, e.shiftKey || e.metaKey || e.ctrlKey)
                }
              >
                <span className="site-name">{s.name}</span>
                <span className="site-meta">
                  {s.region} · {t(`sites.precision.${s.precision}`)}
                </span>
                <span className="site-count">{t('sites.items', { count })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
