/**
 * What a printed page adds to the dashboard (src/app/print.css takes the controls away): the date of
 * printing and the filters in force, printed under the title, and a static map in place of Leaflet's.
 * Nothing here shows on screen.
 *
 * The map module (with the base map, which the on-screen map's chunk shares) loads when the browser
 * is idle after the first view, and the map is rendered only while printing: on `beforeprint`, which
 * Chromium fires for Ctrl+P, window.print() and DevTools' printToPDF alike, synchronously (flushSync),
 * because the page is laid out for print as soon as the event returns; and while the print media
 * query matches (print emulation, where no event fires).
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { FILTERS_CLIENT } from '../../domain/coordinator/index.ts';
import { formatCount } from '../../domain/format.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { clauseText } from '../../components/clause-label.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { pageIdle } from '../../components/page-idle.ts';

type PrintMapModule = typeof import('./print-map.tsx');
let loaded: PrintMapModule | null = null;
let loading: Promise<PrintMapModule> | null = null;
/** The print map's module, loaded once (a failed load may be tried again). */
export function loadPrintMap(): Promise<PrintMapModule> {
  loading ??= import('./print-map.tsx').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const printQuery = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('print')
    : null;

/** Whether the page is being printed (or emulates print media), and when the print started. */
function usePrinting(): { printing: boolean; printedAt: Date } {
  const [state, setState] = useState(() => ({
    printing: printQuery()?.matches ?? false,
    printedAt: new Date(),
  }));
  useEffect(() => {
    const media = printQuery();
    const start = () => {
      // Too early for this print if the map has not loaded yet; the next one will have it.
      void loadPrintMap().catch(() => undefined);
      flushSync(() => setState({ printing: true, printedAt: new Date() }));
    };
    // After a print the page may still emulate print media: the query has the last word.
    const end = () => setState((s) => ({ ...s, printing: media?.matches ?? false }));
    const onChange = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', onChange);
    };
  }, []);
  return state;
}

/** The print map's module once loaded (requested when the browser is idle after the first view). */
function usePrintMap(): PrintMapModule | null {
  const [mapModule, setMapModule] = useState(() => loaded);
  useEffect(() => {
    if (mapModule) return;
    let live = true;
    const load = () =>
      void loadPrintMap().then(
        (m) => live && setMapModule(m),
        () => undefined,
      );
    void pageIdle().then(() => live && load());
    return () => {
      live = false;
    };
  }, [mapModule]);
  return mapModule;
}

export function PrintBrief() {
  const { t, locale } = useT();
  const records = useDashboard((s) => s.records);
  const { printing, printedAt } = usePrinting();
  const printMap = usePrintMap();
  const { entries, shown, total } = useModel(FILTERS_CLIENT, 'deferred');
  const date = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(printedAt),
    [locale, printedAt],
  );
  return (
    <>
      <div className="print-only print-meta" data-testid="print-meta">
        <p>{t('print.printed', { date })}</p>
        <p>
          <strong>
            {entries.length === 0
              ? t('print.noFilters')
              : t('print.filters', {
                  filters: entries.map(([v, c]) => clauseText(t, records, v, c)).join(' · '),
                })}
          </strong>
          {' · '}
          {t('filters.live', {
            shown: formatCount(shown, locale),
            total: formatCount(total, locale),
          })}
        </p>
      </div>
      {printing && printMap && (
        <ErrorBoundary>
          <printMap.PrintMap />
        </ErrorBoundary>
      )}
    </>
  );
}
