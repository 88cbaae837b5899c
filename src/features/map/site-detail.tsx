import type { SiteSummary } from '../../domain/sites.ts';
import type { Dataset } from '../../domain/schema.ts';
import { formatPartialDate } from '../../domain/format.ts';

import { useT } from '../../i18n/use-t.ts';
import { SourceLines } from '../../components/source-lines.tsx';

/** The selected site: its projects, partners, dates and sources, as React children (never HTML strings). */
export function SiteDetail({
  dataset,
  summary,
  onClose,
}: {
  dataset: Dataset;
  summary: SiteSummary;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const { site } = summary;
  // Only what the other filters leave, like every other view; say so when that is nothing.
  const projects = dataset.projects.filter((p) => summary.matchingIds.has(p.id));
  const events = dataset.events.filter((e) => summary.matchingIds.has(e.id));
  const citations = [
    ...site.citations,
    ...projects.flatMap((p) => p.citations),
    ...events.flatMap((e) => e.citations),
  ];
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
                <strong>{p.name}</strong> · {t(`status.${p.status}`)}
                {p.date && ` · ${formatPartialDate(p.date, locale)}`}
                <br />
                <span className="muted">
                  {t('detail.partners', {
                    partners: p.partners
                      .map((x) => `${x.name} (${t(`country.${x.country}`)})`)
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
                {e.title} · {e.date ? formatPartialDate(e.date, locale) : t('detail.undated')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('detail.sources')}</h4>
      <SourceLines citations={citations} />
      <p className="muted small">{t('detail.coordinates', { source: site.coordinateSource })}</p>
    </section>
  );
}
