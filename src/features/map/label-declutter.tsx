import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const overlaps = (a: DOMRect, b: DOMRect, pad = 2) =>
  a.left < b.right + pad &&
  b.left < a.right + pad &&
  a.top < b.bottom + pad &&
  b.top < a.bottom + pad;

/** A rect moved by dx, dy pixels. */
const shifted = (r: DOMRect, dx: number, dy = 0) =>
  new DOMRect(r.x + dx, r.y + dy, r.width, r.height);

/**
 * Keeps site labels readable: after every move or zoom, labels are placed in priority order, each
 * on the right of its marker or, where that side is taken, on the left, then a little below or above
 * either (Sanand and Dholera, 80 km apart, both keep their names at the overview zoom). A label that
 * would cover a placed label or a more important site's marker in every place is hidden (the site
 * list still names it).
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
        if (!label) return [];
        // The box as Leaflet placed it (right of the marker), undoing a flip from the last pass.
        const rect = shifted(
          label.getBoundingClientRect(),
          -Number(label.dataset['dx'] ?? 0),
          -Number(label.dataset['dy'] ?? 0),
        );
        const marker = container.querySelector(`.site-marker-${id}`)?.getBoundingClientRect();
        // Mirrored across the marker's centre: as far left of it as the label sits right of it.
        const centre = marker ? marker.left + marker.width / 2 : rect.left;
        const flip = -(rect.width + 2 * (rect.left - centre));
        return [{ id, label, rect, flip }];
      });
      // A label must stay inside the map: a box past its edge is cut (a phone's narrow map).
      const bounds = container.getBoundingClientRect();
      const outside = (r: DOMRect) =>
        bounds.width > 0 &&
        (r.left < bounds.left ||
          r.right > bounds.right ||
          r.top < bounds.top ||
          r.bottom > bounds.bottom);
      const placed: DOMRect[] = [];
      const visible = new Map<HTMLElement, boolean>();
      const shifts = new Map<HTMLElement, readonly [number, number]>();
      // A label may cover the marker of a less important site, never of a more important one.
      const rank = new Map(order.map((id, i) => [id, i]));
      for (const { id, label, rect, flip } of labels) {
        if (hideDimmed && dimmed.includes(id)) {
          visible.set(label, false);
          continue;
        }
        const blocked = (r: DOMRect) =>
          outside(r) ||
          placed.some((p) => overlaps(p, r)) ||
          markers.some(
            (m) =>
              m.id !== id && (rank.get(m.id) ?? 0) < (rank.get(id) ?? 0) && overlaps(m.rect, r, 0),
          );
        const down = Math.round(rect.height * 0.7);
        const places = [
          [0, 0],
          [flip, 0],
          [0, down],
          [flip, down],
          [0, -down],
          [flip, -down],
        ] as const;
        const at = places.find(([dx, dy]) => !blocked(shifted(rect, dx, dy)));
        visible.set(label, at !== undefined);
        shifts.set(label, at ?? [0, 0]);
        if (at) placed.push(shifted(rect, at[0], at[1]));
      }
      for (const [label, show] of visible) {
        const visibility = show ? 'visible' : 'hidden';
        if (label.style.visibility !== visibility) label.style.visibility = visibility;
        const [dx, dy] = shifts.get(label) ?? [0, 0];
        // Only what changed is written: Leaflet owns the tooltip's transform, margins move it.
        if (label.dataset['dx'] !== String(dx)) {
          label.dataset['dx'] = String(dx);
          label.style.marginLeft = dx === 0 ? '' : `${dx}px`;
        }
        if (label.dataset['dy'] !== String(dy)) {
          label.dataset['dy'] = String(dy);
          label.style.marginTop = dy === 0 ? '' : `${dy}px`;
        }
      }
    };
    // After Leaflet has positioned the tooltips for this frame; once a frame, however many layers
    // were added in it (layeradd fires once per marker and per label).
    let frame: number | null = null;
    const schedule = () => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        run();
      });
    };
    schedule();
    // Tooltips can appear a little after the markers on first load: place again once they have.
    const late = setTimeout(schedule, 250);
    map.on('zoomend moveend resize layeradd', schedule);
    return () => {
      clearTimeout(late);
      if (frame !== null) cancelAnimationFrame(frame);
      map.off('zoomend moveend resize layeradd', schedule);
    };
  }, [map, order, dimmed, hideDimmed]);
  return null;
}
