import type { TourStep, Source } from '../../domain/schema.ts';
import { useT } from '../../i18n/use-t.ts';
import { SourceLine } from '../../components/source-line.tsx';
import { LocalText } from '../../components/local-text.tsx';

interface Props {
  step: TourStep;
  index: number;
  total: number;
  source: Source | undefined;
  onPrevious: () => void;
  onNext: () => void;
  onLeave: () => void;
}

/** The presenter's caption: the step, its source, a progress bar, speaker notes and the controls. */
export function TourCaption({ step, index, total, source, onPrevious, onNext, onLeave }: Props) {
  const { t } = useT();
  return (
    <div
      className="tour-caption"
      role="region"
      aria-label={t('presenter.region')}
      data-testid="tour-caption"
    >
      <div className="tour-progress" aria-hidden="true">
        <span style={{ width: `${((index + 1) / total) * 100}%` }} />
      </div>
      <p className="tour-count" data-testid="tour-progress" aria-live="polite">
        {t('presenter.progress', { n: index + 1, total })}
      </p>
      <h2 className="tour-title">
        <LocalText item={step} field="title" english={step.title} />
      </h2>
      <p className="tour-text">
        <LocalText item={step} field="caption" english={step.caption} />
      </p>
      <SourceLine source={source} citation={step.citation} />
      {/* Keyed by step: notes open on one step are closed on the next, not left on the shared screen. */}
      <details className="tour-notes" key={step.id}>
        <summary>{t('presenter.notes')}</summary>
        <p>
          <LocalText item={step} field="notes" english={step.notes} />
        </p>
      </details>
      <div className="tour-controls">
        <button type="button" className="chip-button" onClick={onPrevious} disabled={index === 0}>
          {t('presenter.previous')}
        </button>
        <button
          type="button"
          className="chip-button"
          onClick={onNext}
          disabled={index === total - 1}
        >
          {t('presenter.next')}
        </button>
        <button type="button" className="chip-button" onClick={onLeave}>
          {t('presenter.exit')}
        </button>
      </div>
      <p className="tour-keys">{t('presenter.keys')}</p>
    </div>
  );
}
