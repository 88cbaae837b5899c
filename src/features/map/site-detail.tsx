import { SITE_DETAIL_CLIENT, type SiteSummary } from '../../domain/coordinator/index.ts';
import { formatPartialDate } from '../../domain/format.ts';
import {
  selectCaveatsFor,
  selectEventsById,
  selectFiguresById,
  selectProjectsById,
} from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';

import { useT } from '../../i18n/use-t.ts';
import { SourceLines } from '../../components/source-lines.tsx';
import { EnglishText, LocalText } from '../../components/local-text.tsx';
import type { Dataset, TimelineEvent } from '../../domain/schema.ts';
import './site-detail.css';

/** The selected site: its projects, partners, dates and sources, as React children (never HTML strings). */
export function SiteDetail({ summary, onClose }: { summary: SiteSummary; onClose: () => void }) {
  const { t, locale } = useT();
  const { site } = summary;
  // Only what the other filters leave, like every other view; say so when that is nothing.
  const here = useModel(SITE_DETAIL_CLIENT, 'site', site.id);
  const { projects, events } = here;
  const citations = [
    ...site.citations,
    ...projects.flatMap((r) => r.citations),
    ...events.flatMap((r) => r.citations),
  ];
  const dataset = useDashboard((s) => s.dataset);
  const eventsById = selectEventsById(dataset);
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
                <ProjectFacts dataset={dataset} id={p.id} />
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
      {here.total > projects.length + events.length && (
        <p className="muted small">
          {t('detail.more', { shown: projects.length + events.length, total: here.total })}
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

/**
 * What the public record adds to a unit: its kind and capacity as stated, its stated cost, how it
 * links to Japan, and the fact sheet's caveats on it. Nothing for a ledger row.
 */
function ProjectFacts({ dataset, id }: { dataset: Dataset; id: string }) {
  const { t } = useT();
  const project = selectProjectsById(dataset).get(id);
  if (!project) return null;
  const cost = project.costFigureId
    ? selectFiguresById(dataset).get(project.costFigureId)?.measures[0]
    : undefined;
  const caveats = selectCaveatsFor(dataset).get(id) ?? [];
  const facts = [
    project.kind,
    project.capacity && t('detail.capacity', { value: project.capacity }),
    cost && t('detail.cost', { value: cost.stated }),
    project.dateKind === 'approval' && project.date && t('detail.approved'),
  ].filter(Boolean);
  return (
    <>
      {facts.length > 0 && (
        <span className="project-facts" data-testid="project-facts">
          <br />
          <EnglishText>{facts.join(' · ')}</EnglishText>
        </span>
      )}
      {project.japanLinks?.map((l, i) => (
        <span key={i} className="japan-link" data-testid="japan-link">
          <br />
          <span className="japan-link-tag">{t('detail.japanLink')}</span>{' '}
          <EnglishText>{l.text}</EnglishText>
        </span>
      ))}
      {caveats.length > 0 && (
        <span className="project-caveats muted">
          <br />
          {caveats.map((c) => `⚠ ${c.note}`).join(' ')}
        </span>
      )}
    </>
  );
}
