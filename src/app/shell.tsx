import { lazy } from 'react';
import { selectSummary } from '../domain/selectors.ts';
import { useActions, useDashboard } from '../store/use-dashboard.ts';
import { useT } from '../i18n/use-t.ts';
import { formatCount } from '../domain/format.ts';
import { HeadlineFigures, DerivedFigures } from '../features/overview/index.ts';
import { SourcesList, SourcesPanel } from '../features/sources/index.ts';
import { ActiveFilters } from '../features/filters/index.ts';
import { PrintBrief } from '../features/print/index.ts';
import { Changelog, CiteView, EditionNote } from '../features/trust/index.ts';
import { ProjectsTable } from '../features/table/index.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { WhenNear } from '../components/when-near.tsx';
import { useUndoKeys } from './use-undo-keys.ts';
import { ImportPanel, originText } from '../features/data-import/index.ts';
import type { Dataset } from '../domain/schema.ts';
import { useTheme } from '../components/use-theme.ts';
import { PreferencesBar } from './preferences-bar.tsx';
import { useDocumentPreferences } from './use-document-preferences.ts';

// The map (Leaflet, the base map) and the charts (recharts) load after the first view, when near
// the viewport or when the page is idle (WhenNear): the headline figures paint without waiting for
// them. Placeholders hold their space, so nothing jumps.
const PresenterStage = lazy(() =>
  import('../features/presenter/index.ts').then((m) => ({ default: m.PresenterStage })),
);
const ChartsGrid = lazy(() =>
  import('../features/charts/index.ts').then((m) => ({ default: m.ChartsGrid })),
);

export function Shell({
  dropped,
  bundled,
  bundledOrigin,
}: {
  /** Link parameters that were not understood, or null. */
  dropped: string[] | null;
  bundled: Dataset;
  bundledOrigin: string;
}) {
  const { t, locale, lang } = useT();
  const theme = useTheme();
  useDocumentPreferences(lang, theme, t('app.title'));
  const dataset = useDashboard((s) => s.dataset);
  const records = useDashboard((s) => s.records);
  const sourcesOpen = useDashboard((s) => s.panel === 'sources');
  const importOpen = useDashboard((s) => s.panel === 'import');
  const origin = useDashboard((s) => s.origin);
  const presenting = useDashboard((s) => s.step !== null);
  const skippedRows = useDashboard((s) => s.skippedRows);
  const { togglePanel, setPanel } = useActions();
  const summary = selectSummary(dataset, records);
  useUndoKeys();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-inner">
          <div className="flags" aria-hidden="true">
            <span className="flag-in" />
            <span className="flag-jp" />
          </div>
          <div className="header-text">
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
            {origin !== bundledOrigin && (
              // A file name can be any length: one line on screen, the whole of it in the title.
              <p
                className="summary origin-note one-line"
                data-testid="origin-note"
                title={originText(t, origin, skippedRows, (n) => formatCount(n, locale))}
              >
                {originText(t, origin, skippedRows, (n) => formatCount(n, locale))}
              </p>
            )}
            <p className="summary">
              {t(
                // The project count says what it counts: India–Japan projects are a part of it.
                summary.bilateral === null ? 'app.summaryLedger' : 'app.summary',
                Object.fromEntries(
                  Object.entries(summary).map(([k, v]) => [k, formatCount(v ?? 0, locale)]),
                ),
              )}
            </p>
            <EditionNote />
          </div>
          <nav className="header-actions">
            <button
              type="button"
              className="header-button"
              aria-pressed={importOpen}
              onClick={() => togglePanel('import')}
            >
              {t('import.open')}
            </button>
            <button
              type="button"
              className="header-button"
              aria-pressed={sourcesOpen}
              onClick={() => togglePanel('sources')}
            >
              {t('panel.sources')}
            </button>
            <CiteView bundledOrigin={bundledOrigin} />
            <PreferencesBar />
          </nav>
        </div>
      </header>
      {dropped && dropped.length > 0 && (
        <p className="url-notice" role="status">
          {t('url.dropped', { params: dropped.join(', ') })}
        </p>
      )}
      <main id="main" className="app-main">
        <ErrorBoundary>
          <HeadlineFigures />
        </ErrorBoundary>
        <div className="sticky-filters">
          <ErrorBoundary>
            <ActiveFilters />
          </ErrorBoundary>
        </div>
        <PrintBrief />
        <ErrorBoundary>
          <WhenNear placeholderClass="placeholder-map" now={presenting}>
            <PresenterStage />
          </WhenNear>
        </ErrorBoundary>
        <ErrorBoundary>
          <WhenNear placeholderClass="placeholder-charts">
            <ChartsGrid />
          </WhenNear>
        </ErrorBoundary>
        <ErrorBoundary>
          <ProjectsTable />
        </ErrorBoundary>
        <ErrorBoundary>
          <DerivedFigures />
        </ErrorBoundary>
        <ErrorBoundary>
          <SourcesList />
        </ErrorBoundary>
        <ErrorBoundary>
          <Changelog />
        </ErrorBoundary>
      </main>
      <ErrorBoundary>
        <SourcesPanel />
      </ErrorBoundary>
      {importOpen && (
        <ErrorBoundary>
          <ImportPanel
            bundled={bundled}
            bundledOrigin={bundledOrigin}
            onClose={() => setPanel(null)}
          />
        </ErrorBoundary>
      )}
    </>
  );
}
