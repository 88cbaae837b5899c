import { activeClauses } from '../../domain/clauses.ts';
import { currentEdition, localDay } from '../../domain/editions.ts';
import { viewSources } from '../../domain/view-sources.ts';
import { useDashboard, useDashboardStore } from '../../store/use-dashboard.ts';
import { coordinatorOf } from '../../store/use-model.ts';
import { viewLink } from '../../store/url-sync.ts';
import { useT } from '../../i18n/use-t.ts';
import { clauseText } from '../../components/clause-label.ts';
import { useClock } from '../../components/clock.ts';
import { ReportDialog } from '../../components/report-dialog.tsx';
import { ReportToggle } from '../../components/report-toggle.tsx';
import { citeViewText } from './cite-text.ts';
import { viewCitations } from './view-citations.ts';
import './trust.css';

/** "Cite this view" in the header: a citation of exactly what is shown, to copy. */
export function CiteView({ bundledOrigin }: { bundledOrigin: string }) {
  const { t } = useT();
  const label = t('cite.open');
  return (
    <div className="cite-view">
      <ReportToggle
        label={label}
        accessibleName={label}
        buttonClassName="header-button"
        testId="cite-open"
        dialog={(close) => <CiteDialog bundledOrigin={bundledOrigin} onClose={close} />}
      />
    </div>
  );
}

/** Open only while shown; it follows the view (filters, panel, language) while it is open. */
function CiteDialog({ bundledOrigin, onClose }: { bundledOrigin: string; onClose: () => void }) {
  const { t, locale } = useT();
  const store = useDashboardStore();
  const clock = useClock();
  // What the text reads, subscribed: a change of the view while the dialog is open rebuilds it.
  const url = useDashboard(() => viewLink(store, window.location));
  const clauses = useDashboard((s) => s.clauses);
  const dataset = useDashboard((s) => s.dataset);
  const records = useDashboard((s) => s.records);
  const origin = useDashboard((s) => s.origin);
  const text = citeViewText(t, locale, {
    title: t('app.title'),
    edition: currentEdition(dataset.editions),
    asOf: dataset.asOf,
    url,
    accessed: localDay(clock()),
    filters: activeClauses(clauses).map(([view, clause]) => clauseText(t, records, view, clause)),
    sources: viewSources(dataset.sources, viewCitations(store.getState(), coordinatorOf(store))),
    importedFrom: origin !== bundledOrigin ? origin : null,
  });
  return (
    <ReportDialog
      title={t('cite.title')}
      lede={t('cite.lede')}
      text={text}
      onClose={onClose}
      className="cite-dialog"
      testId="cite-dialog"
    />
  );
}
