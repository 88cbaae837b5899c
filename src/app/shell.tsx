import { selectSummary } from '../domain/selectors.ts';
import { formatPartialDate } from '../domain/format.ts';
import { useDashboard } from '../store/use-dashboard.ts';
import { useT } from '../i18n/use-t.ts';
import { Overview } from '../features/overview/overview.tsx';
import { SourcesList } from '../features/sources/sources-list.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';

export function Shell() {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const summary = selectSummary(dataset);
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
          <div>
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
            <p className="summary">
              {t('app.summary', { ...summary })} ·{' '}
              {t('app.asOf', { date: formatPartialDate(dataset.asOf, locale) })}
            </p>
          </div>
        </div>
      </header>
      <main id="main" className="app-main">
        <ErrorBoundary>
          <Overview />
        </ErrorBoundary>
        <ErrorBoundary>
          <SourcesList />
        </ErrorBoundary>
      </main>
    </>
  );
}
