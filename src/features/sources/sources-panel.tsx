import { useEffect, useRef } from 'react';
import { selectCitingItems, type CitingItems } from '../../domain/selectors.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { EnglishText } from '../../components/local-text.tsx';
import '../../components/side-panel.css';
import './sources.css';

const KINDS: [keyof CitingItems, MessageKey][] = [
  ['figures', 'panel.figures'],
  ['projects', 'panel.projects'],
  ['events', 'panel.events'],
  ['sites', 'panel.sites'],
];

/** A side panel: every source, and the figures, projects, events and sites that cite it. */
export function SourcesPanel() {
  const { t } = useT();
  const open = useDashboard((s) => s.panel === 'sources');
  const dataset = useDashboard((s) => s.dataset);
  const { setPanel } = useActions();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // Focus moves into the panel, and back to whatever opened it when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPanel(null);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open, setPanel]);

  if (!open) return null;
  const citing = selectCitingItems(dataset);
  return (
    <aside
      className="side-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sources-panel-title"
      data-testid="sources-panel"
    >
      <header className="side-panel-head">
        <h2 id="sources-panel-title">{t('panel.sourcesTitle')}</h2>
        <button ref={closeRef} type="button" className="chip-button" onClick={() => setPanel(null)}>
          {t('panel.close')}
        </button>
      </header>
      <ol className="panel-sources">
        {dataset.sources.map((s) => {
          const items = citing.get(s.id);
          return (
            <li key={s.id} data-source-id={s.id}>
              <cite>
                <EnglishText>{s.title}</EnglishText>
              </cite>
              {s.titleKind === 'ours' && <span className="title-ours"> {t('card.titleOurs')}</span>}
              <p className="source-meta">
                {s.author && <span>{t('sources.by', { author: s.author })}</span>}
                <span className="source-id">{t('sources.id', { id: s.id })}</span>
              </p>
              {items &&
                KINDS.map(([kind, label]) =>
                  items[kind].length === 0 ? null : (
                    <div key={kind} className="citing">
                      <h3>{t(label)}</h3>
                      <ul>
                        {items[kind].map((item) => (
                          <li key={item.id}>
                            <EnglishText>{item.label}</EnglishText>{' '}
                            <span className="paragraph">
                              {[
                                ...item.paragraphs.map((n) => t('card.paragraph', { n })),
                                ...item.items,
                              ].join(', ')}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ),
                )}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
