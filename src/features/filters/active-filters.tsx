import { useRef } from 'react';
import { FILTERS_CLIENT } from '../../domain/coordinator/index.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatCount } from '../../domain/format.ts';
import { clauseText, clauseValueText } from '../../components/clause-label.ts';
import './filters.css';

/**
 * One chip per clause (removable), reset, undo and redo, and a live region that announces how many
 * projects the filters leave. When nothing matches, it says which filters produced the empty result.
 */
export function ActiveFilters() {
  const { t, locale } = useT();
  const records = useDashboard((s) => s.records);
  // The filters bar answers every gesture at once: its chips are the gesture's receipt.
  const { entries, shown, total: all } = useModel(FILTERS_CLIENT, 'always');
  const canUndo = useDashboard((s) => s.past.length > 0);
  const canRedo = useDashboard((s) => s.future.length > 0);
  const { setClause, clearFilters, undo, redo } = useActions();
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section className="filters-bar" aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters-title" ref={headingRef} tabIndex={-1}>
        {t('filters.title')}
      </h2>
      <ul className="chips">
        {entries.length === 0 && <li className="chips-none">{t('filters.none')}</li>}
        {entries.map(([view, clause]) => {
          const text = clauseText(t, records, view, clause);
          return (
            <li key={view} className="chip" data-testid="filter-chip" data-view={view}>
              {/* Cut with an ellipsis when long (a search, a site's name): the whole in the title. */}
              <span title={text}>{text}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('filters.remove', {
                  view: t(`view.${view}`),
                  value: clauseValueText(t, records, clause),
                })}
                onClick={(e) => {
                  // Keep the keyboard user's place: the next chip, else the bar's heading.
                  const item = e.currentTarget.closest('li');
                  const next = (
                    item?.nextElementSibling ?? item?.previousElementSibling
                  )?.querySelector('button');
                  setClause(view, null);
                  (next ?? headingRef.current)?.focus();
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="filter-actions">
        <button
          type="button"
          className="chip-button"
          onClick={undo}
          disabled={!canUndo}
          title={t('filters.undoHint')}
        >
          {t('filters.undo')}
        </button>
        <button
          type="button"
          className="chip-button"
          onClick={redo}
          disabled={!canRedo}
          title={t('filters.redoHint')}
        >
          {t('filters.redo')}
        </button>
        <button
          type="button"
          className="chip-button"
          onClick={() => {
            clearFilters();
            headingRef.current?.focus();
          }}
          disabled={entries.length === 0}
        >
          {t('filters.reset')}
        </button>
      </div>
      <p className="live-count" role="status" aria-live="polite" data-testid="filter-count">
        {t('filters.live', {
          shown: formatCount(shown, locale),
          total: formatCount(all, locale),
        })}
      </p>
      {shown === 0 && entries.length > 0 && (
        <p className="empty-result" role="alert" data-testid="empty-result">
          {t('filters.empty', {
            filters: entries.map(([v, c]) => clauseText(t, records, v, c)).join(' + '),
          })}
        </p>
      )}
    </section>
  );
}
