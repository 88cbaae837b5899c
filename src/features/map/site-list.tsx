import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { SiteSummary } from '../../domain/coordinator/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { plural } from '../../i18n/i18n.ts';
import { isAdditive } from '../../components/keys.ts';
import './site-list.css';

interface Props {
  summaries: readonly SiteSummary[];
  /**
   * The list is the busiest sites, re-ranked by every filter: its items are then kept by place
   * (text rewritten, no items moved), since moving a hundred items re-lays out every one of them.
   */
  ranked?: boolean;
  onSelect: (siteId: string, additive: boolean) => void;
  /** The site the keyboard is on, so the map can follow it. */
  onFocusSite: (siteId: string) => void;
}

/**
 * The sites beside the map, in step with the markers. One tab stop (roving tabindex): the arrow keys
 * move, Home and End jump, Enter or Space selects (Shift adds), and the map follows the focused site.
 */
export const SiteList = memo(function SiteList({
  summaries,
  ranked = false,
  onSelect,
  onFocusSite,
}: Props) {
  const { t, locale } = useT();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (index: number) => {
    const next = (index + summaries.length) % summaries.length;
    setActive(next);
    buttons.current[next]?.focus();
    const s = summaries[next];
    if (s) onFocusSite(s.site.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowRight: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(summaries.length - 1),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <ul
      className="site-list"
      data-testid="site-list"
      aria-label={t('map.list')}
      onKeyDown={onKeyDown}
    >
      {summaries.map((s, i) => {
        return (
          <li key={ranked ? i : s.site.id}>
            <button
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className="site-button"
              tabIndex={i === active ? 0 : -1}
              aria-pressed={s.selected}
              data-site-id={s.site.id}
              data-count={s.matching}
              data-dimmed={s.dimmed}
              onFocus={() => setActive(i)}
              onClick={(e) => onSelect(s.site.id, isAdditive(e))}
            >
              <span className="site-name" title={s.site.name}>
                {s.site.name}
              </span>
              <span className="site-meta">
                {s.site.region} · {t(`sites.precision.${s.site.precision}`)}
              </span>
              <span className="site-count">{plural(t, locale, 'sites.items', s.matching)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
