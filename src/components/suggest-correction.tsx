import { currentEdition } from '../domain/editions.ts';
import { selectSourcesById } from '../domain/selectors.ts';
import { useDashboard } from '../store/use-dashboard.ts';
import { useT } from '../i18n/use-t.ts';
import { correctionText, type CorrectionSubject } from './correction-text.ts';
import { ReportDialog } from './report-dialog.tsx';
import { ReportToggle } from './report-toggle.tsx';

/**
 * "Suggest a correction" for one item (a figure card, a project): a prefilled plain-text report to
 * copy or download. Nothing is sent anywhere, and the dialog says so.
 */
export function SuggestCorrection({
  subject,
  buttonClassName = 'provenance-toggle',
}: {
  subject: CorrectionSubject;
  buttonClassName?: string;
}) {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  return (
    <ReportToggle
      label={t('correction.open')}
      accessibleName={t('correction.openFor', { label: subject.name })}
      buttonClassName={buttonClassName}
      testId="correction-open"
      dialog={(close) => (
        <ReportDialog
          title={t('correction.title', { label: subject.name })}
          lede={t('correction.lede')}
          fileStem={`correction-${subject.id}`}
          onClose={close}
          testId="correction"
          text={correctionText(t, locale, subject, {
            title: t('app.title'),
            edition: currentEdition(dataset.editions),
            asOf: dataset.asOf,
            sources: selectSourcesById(dataset),
          })}
        />
      )}
    />
  );
}
