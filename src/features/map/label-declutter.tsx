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
      // Reads first, writes last: one layout for the whole pass, not one per label. Visibility
      // does not move a box, so every rect can be read before any label is hidden or shown.
      const markers = order.flatMap((id) => {
        const el = container.querySelector(`.site-marker-${id}`);
        return el && !dimmed.includes(id) ? [{ id, rect: el.getBoundingClientRect() }] : [];
      });
      const labels = order.flatMap((id) => {
        const label = container.querySelector<HTMLElement>(`.site-label-${id}`);
        return label ? [{ id, label, rect: label.getBoundingClientRect() }] : [];
      });
      const placed: DOMRect[] = [];
      const visible = new Map<HTMLElement, boolean>();
      // A label may cover the marker of a less important site, never of a more important one.
      const rank = new Map(order.map((id, i) => [id, i]));
      for (const { id, label, rect } of labels) {
        if (hideDimmed && dimmed.includes(id)) {
          visible.set(label, false);
          continue;
        }
        const blocked =
          placed.some((p) => overlaps(p, rect)) ||
          markers.some(
            (m) =>
              m.id !== id &&
              (rank.get(m.id) ?? 0) < (rank.get(id) ?? 0) &&
              overlaps(m.rect, rect, 0),
          );
        visible.set(label, !blocked);
        if (!blocked) placed.push(rect);
      }
      for (const [label, show] of visible) label.style.visibility = show ? 'visible' : 'hidden';
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
