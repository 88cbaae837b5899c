import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const overlaps = (a: DOMRect, b: DOMRect, pad = 2) =>
  a.left < b.right + pad &&
  b.left < a.right + pad &&
  a.top < b.bottom + pad &&
  b.top < a.bottom + pad;

/**
 * Keeps site labels readable: after every move or zoom, labels are placed in priority order and a
 * label that would cover a placed label or a more important site's marker is hidden (the site list
 * still names it).
 * `order` lists site ids, most important first.
 */
export function LabelDeclutter({
  order,
  dimmed,
  hideDimmed,
}: {
  order: readonly string[];
  /** Faded sites: their markers never block a label, and (when hideDimmed) their labels are hidden. */
  dimmed: readonly string[];
  hideDimmed: boolean;
}) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const run = () => {
      const markers = order.flatMap((id) => {
        const el = container.querySelector(`.site-marker-${id}`);
        return el && !dimmed.includes(id) ? [{ id, rect: el.getBoundingClientRect() }] : [];
      });
      const placed: DOMRect[] = [];
      // A label may cover the marker of a less important site, never of a more important one.
      const rank = new Map(order.map((id, i) => [id, i]));
      for (const id of order) {
        const label = container.querySelector<HTMLElement>(`.site-label-${id}`);
        if (!label) continue;
        if (hideDimmed && dimmed.includes(id)) {
          label.style.visibility = 'hidden';
          continue;
        }
        label.style.visibility = 'visible';
        const rect = label.getBoundingClientRect();
        const blocked =
          placed.some((p) => overlaps(p, rect)) ||
          markers.some(
            (m) =>
              m.id !== id &&
              (rank.get(m.id) ?? 0) < (rank.get(id) ?? 0) &&
              overlaps(m.rect, rect, 0),
          );
        if (blocked) label.style.visibility = 'hidden';
        else placed.push(rect);
      }
    };
    // After Leaflet has positioned the tooltips for this frame.
    const schedule = () => requestAnimationFrame(run);
    schedule();
    // Tooltips can appear a little after the markers on first load: place again once they have.
    const late = setTimeout(schedule, 250);
    map.on('zoomend moveend resize layeradd', schedule);
    return () => {
      clearTimeout(late);
      map.off('zoomend moveend resize layeradd', schedule);
    };
  }, [map, order, dimmed, hideDimmed]);
  return null;
}
