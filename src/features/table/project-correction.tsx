import { currentEdition } from '../../domain/editions.ts';
import type { RecordDetail } from '../../domain/records.ts';
import { selectSourcesById } from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { correctionText } from '../../components/correction-text.ts';
import { ReportDialog } from '../../components/report-dialog.tsx';

/** The correction report for one project of the table, shown above the table. */
export function ProjectCorrection({
  record,
  onClose,
}: {
  record: RecordDetail;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const text = correctionText(
    t,
    locale,
    {
      kind: 'project',
      id: record.id,
      name: record.label,
      partners: record.partners.map((p) =>
        p.country ? `${p.name} (${t(`country.${p.country}` as 'country.IN')})` : p.name,
      ),
      citations: record.citations,
    },
    {
      title: t('app.title'),
      edition: currentEdition(dataset.editions),
      asOf: dataset.asOf,
      sources: selectSourcesById(dataset),
    },
  );
  return (
    <ReportDialog
      title={t('correction.title', { label: record.label })}
      lede={t('correction.lede')}
      text={text}
      fileStem={`correction-${record.id}`}
      onClose={onClose}
      className="table-correction"
      testId="correction"
    />
  );
}
