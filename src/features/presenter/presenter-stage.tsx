import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { selectSourcesById } from '../../domain/selectors.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { HOME_TARGET, MapPanel, type MapTarget } from '../map/index.ts';
import { TourCaption } from './tour-caption.tsx';
import { usePresenterKeys } from './use-presenter-keys.ts';
import './presenter.css';

/** Half the caption's width: the step's place sits in the middle of the map that stays visible. */
const captionRoom = () =>
  window.innerWidth > 900 ? Math.min(window.innerWidth * 0.45, 660) / 2 : 0;

/**
 * The map, and presenter mode around it: full screen (Fullscreen API, else the map fills the window),
 * the guided tour's caption, clicker keys, and on leaving, the filters and map view from before.
 */
export function PresenterStage() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const step = useDashboard((s) => s.step);
  const { startTour, goToStep, stopTour } = useActions();
  const root = useRef<HTMLElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const [restore, setRestore] = useState<MapTarget | null>(null);
  const scrollBefore = useRef(0);
  const presentButton = useRef<HTMLButtonElement>(null);
  const tour = dataset.tour;
  const presenting = step !== null;
  const current = step !== null ? tour[step] : undefined;

  const enter = useCallback(() => {
    if (tour.length === 0) return;
    const m = map.current;
    if (m) {
      const c = m.getCenter();
      setRestore({ lat: c.lat, lon: c.lng, zoom: m.getZoom(), key: `restore-${Date.now()}` });
    }
    scrollBefore.current = window.scrollY;
    startTour(0);
    // Full screen needs the user's gesture; where it is refused the panel fills the window instead.
    root.current?.requestFullscreen?.().catch(() => undefined);
  }, [startTour, tour.length]);

  const leave = useCallback(() => {
    stopTour();
    // Back to the map view from before (or the home view when the tour was opened from a link).
    setRestore((r) => ({ ...(r ?? HOME_TARGET), key: `restore-${Date.now()}` }));
    // The page reflows under a fixed panel: put the reader back where they were, on the button,
    // once full screen has really ended (the browser scrolls while leaving it).
    const backToPage = () =>
      requestAnimationFrame(() => {
        window.scrollTo({ top: scrollBefore.current, behavior: 'instant' });
        presentButton.current?.focus({ preventScroll: true });
      });
    if (document.fullscreenElement) void document.exitFullscreen().then(backToPage, backToPage);
    else backToPage();
  }, [stopTour]);

  // While presenting, the page behind the panel is inert: Tab stays in the tour.
  useEffect(() => {
    if (!presenting) return;
    const panel = root.current;
    const others = [...document.body.querySelectorAll<HTMLElement>('body > *, main > *')].filter(
      (el) => panel && !el.contains(panel) && !panel.contains(el),
    );
    others.forEach((el) => el.setAttribute('inert', ''));
    return () => others.forEach((el) => el.removeAttribute('inert'));
  }, [presenting]);

  // Leaving full screen by the browser's own means (Esc, F11) leaves the tour too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && presenting) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting, leave]);

  const keys = useMemo(
    () => ({
      presenting,
      enter,
      leave,
      next: () => goToStep((step ?? 0) + 1),
      previous: () => goToStep((step ?? 0) - 1),
      first: () => goToStep(0),
      last: () => goToStep(tour.length - 1),
    }),
    [presenting, enter, leave, goToStep, step, tour.length],
  );
  usePresenterKeys(keys);

  const stepTarget: MapTarget | null =
    current && step !== null
      ? {
          lat: current.view.lat,
          lon: current.view.lon,
          zoom: current.view.zoom,
          key: `step-${step}`,
          offsetX: captionRoom(),
        }
      : restore;

  return (
    <MapPanel
      rootRef={root}
      mapRef={map}
      presenting={presenting}
      stepTarget={stepTarget}
      actions={
        !presenting && tour.length > 0 ? (
          <button
            ref={presentButton}
            type="button"
            className="chip-button present-button"
            aria-label={t('presenter.enterLabel')}
            onClick={enter}
          >
            {t('presenter.enter')}
          </button>
        ) : null
      }
      overlay={
        current && step !== null ? (
          <TourCaption
            step={current}
            index={step}
            total={tour.length}
            source={selectSourcesById(dataset).get(current.citation.source)}
            onPrevious={keys.previous}
            onNext={keys.next}
            onLeave={leave}
          />
        ) : null
      }
    />
  );
}
