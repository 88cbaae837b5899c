import { formatPartialDate } from '../../domain/format.ts';
import { currentEdition, isOlderThan, STALE_AFTER_MONTHS } from '../../domain/editions.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { useToday } from '../../components/clock.ts';
import './trust.css';

/**
 * The header's edition line: the loaded edition and its date (a link to the changelog) and the
 * date the data covers; under it, when the edition is more than six months old on the reader's
 * clock, a notice saying so and when it was made.
 */
export function EditionNote() {
  const { t, locale } = useT();
  const editions = useDashboard((s) => s.dataset.editions);
  const asOf = useDashboard((s) => s.dataset.asOf);
  const today = useToday();
  const edition = currentEdition(editions);
  const made = edition ? formatPartialDate(edition.date, locale) : '';
  return (
    <>
      <p className="summary edition-line" data-testid="edition">
        {edition && (
          <>
            <a className="edition-link" href="#changelog-title">
              {t('edition.label', { n: edition.number, date: made })}
            </a>
            {' · '}
          </>
        )}
        {t('app.asOf', { date: formatPartialDate(asOf, locale) })}
      </p>
      {edition && today !== null && isOlderThan(edition.date, today, STALE_AFTER_MONTHS) && (
        <p className="edition-stale" data-testid="edition-stale">
          {t('edition.stale', { date: made })}
        </p>
      )}
    </>
  );
}
