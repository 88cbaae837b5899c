import { useRef, useState, type KeyboardEvent } from 'react';
import { isDimmed, type SiteSummary } from '../../domain/sites.ts';
import { useT } from '../../i18n/use-t.ts';
import { plural } from '../../i18n/i18n.ts';
import { isAdditive } from '../../components/keys.ts';

interface Props {
  summaries: SiteSummary[];
  selected: readonly string[];
  onSelect: (siteId: string, additive: boolean) => void;
  /** The site the keyboard is on, so the map can follow it. */
  onFocusSite: (siteId: string) => void;
}

/**
 * The sites beside the map, in step with the markers. One tab stop (roving tabindex): the arrow keys
 * move, Home and End jump, Enter or Space selects (Shift adds), and the map follows the focused site.
 */
export function SiteList({ summaries, selected, onSelect, onFocusSite }: Props) {
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
        const isSelected = selected.includes(s.site.id);
        return (
          <li key={s.site.id}>
            <button
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className="site-button"
              tabIndex={i === active ? 0 : -1}
              aria-pressed={isSelected}
              data-site-id={s.site.id}
              data-count={s.matching}
              data-dimmed={isDimmed(s, selected)}
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
}
