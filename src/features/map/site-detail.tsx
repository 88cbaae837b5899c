import type { SiteSummary } from '../../domain/sites.ts';
import type { Dataset } from '../../domain/schema.ts';
import type { Clauses } from '../../domain/crossfilter.ts';
import { recordsAtSite } from '../../domain/views.ts';

/** A ledger site can hold thousands of records: the card lists the first ones and says how many. */
const MAX_LISTED = 50;
import { formatPartialDate } from '../../domain/format.ts';

import { useT } from '../../i18n/use-t.ts';
import { SourceLines } from '../../components/source-lines.tsx';
import { EnglishText, LocalText } from '../../components/local-text.tsx';
import type { TimelineEvent } from '../../domain/schema.ts';

/** The selected site: its projects, partners, dates and sources, as React children (never HTML strings). */
export function SiteDetail({
  dataset,
  clauses,
  summary,
  onClose,
}: {
  dataset: Dataset;
  clauses: Clauses;
  summary: SiteSummary;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const { site } = summary;
  // Only what the other filters leave, like every other view; say so when that is nothing.
  const here = recordsAtSite(dataset, clauses, site.id, MAX_LISTED);
  const projects = here.records.filter((r) => r.kind === 'project');
  const events = here.records.filter((r) => r.kind === 'event');
  const citations = [...site.citations, ...here.records.flatMap((r) => r.citations)];
  const eventsById = new Map(dataset.events.map((ev) => [ev.id, ev]));
  return (
    <section className="site-detail" aria-labelledby="site-detail-title" data-testid="site-detail">
      <header className="site-detail-head">
        <h3 id="site-detail-title">{t('detail.title', { name: site.name })}</h3>
        <button type="button" className="chip-button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <p className="site-detail-where">
        {t('detail.where', {
          region: site.region,
          country: t(`country.${site.country}`),
          precision: t(`sites.precision.${site.precision}`),
        })}
      </p>
      {projects.length === 0 && events.length === 0 && (
        <p className="muted" data-testid="site-detail-none">
          {t('detail.none')}
        </p>
      )}
      {projects.length > 0 && (
        <>
          <h4>{t('detail.projects')}</h4>
          <ul>
            {projects.map((p) => (
              <li key={p.id}>
                <strong>
                  <EnglishText>{p.label}</EnglishText>
                </strong>
                {p.status && ` · ${t(`status.${p.status}` as 'status.ongoing')}`}
                {p.date && ` · ${formatPartialDate(p.date, locale)}`}
                <br />
                <span className="muted">
                  {t('detail.partners', {
                    partners: p.partners
                      .map((x) =>
                        x.country
                          ? `${x.name} (${t(`country.${x.country}` as 'country.IN')})`
                          : x.name,
                      )
                      .join(', '),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {events.length > 0 && (
        <>
          <h4>{t('detail.events')}</h4>
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <EventTitle event={eventsById.get(e.id)} english={e.label} /> ·{' '}
                {e.date ? formatPartialDate(e.date, locale) : t('detail.undated')}
              </li>
            ))}
          </ul>
        </>
      )}
      {here.total > here.records.length && (
        <p className="muted small">
          {t('detail.more', { shown: here.records.length, total: here.total })}
        </p>
      )}
      <h4>{t('detail.sources')}</h4>
      <SourceLines citations={citations} />
      <p className="muted small">{t('detail.coordinates', { source: site.coordinateSource })}</p>
    </section>
  );
}

/** A dataset event's title in the reader's language; a ledger's record title as it is. */
function EventTitle({ event, english }: { event: TimelineEvent | undefined; english: string }) {
  return event ? (
    <LocalText item={event} field="title" english={english} />
  ) : (
    <EnglishText>{english}</EnglishText>
  );
}
