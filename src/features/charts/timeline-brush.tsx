import { memo, useRef, useState, type PointerEvent } from 'react';
import type { YearBucket } from '../../domain/coordinator/index.ts';
import { MUTED, OKABE_ITO } from './palette.ts';

export interface BrushGeometry {
  /** x of the first year's band, and each band's width. */
  left: number;
  band: number;
  top: number;
  height: number;
  /** Years on the axis. */
  count: number;
}

type Part = 'start' | 'end' | 'slide';

interface Drag {
  part: Part;
  /** The pointer's x when the drag began, and the range then. */
  x0: number;
  start0: number;
  end0: number;
  /** The pointer's offset now (the grabbed handle follows it), and the range it stands for. */
  dx: number;
  start: number;
  end: number;
}

const HANDLE = 10;

/**
 * The timeline's brush: a miniature of the bars, the selected years between two handles, the
 * selection itself draggable. For the pointer only (hidden from assistive technology, handles out
 * of the tab order): the From/To lists under the chart are the keyboard and screen-reader path.
 * The grabbed handle follows the pointer; each time the years it stands for change, `onPreview`
 * (every view follows); on release, `onCommit` (one undo step, one URL entry).
 */
export const TimelineBrush = memo(function TimelineBrush({
  geometry: g,
  buckets,
  peak,
  hatchId,
  startIndex,
  endIndex,
  label,
  onPreview,
  onCommit,
}: {
  geometry: BrushGeometry;
  buckets: readonly YearBucket[];
  peak: number;
  hatchId: string;
  startIndex: number;
  endIndex: number;
  label: (index: number) => string;
  onPreview: (startIndex: number, endIndex: number) => void;
  onCommit: (startIndex: number, endIndex: number) => void;
}) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const latest = useRef<Drag | null>(null);
  const last = g.count - 1;
  const clamp = (i: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, i));

  const rangeFor = (d: Drag, dx: number): [number, number] => {
    const moved = Math.round(dx / Math.max(1, g.band));
    if (d.part === 'start') return [clamp(d.start0 + moved, 0, d.end0), d.end0];
    if (d.part === 'end') return [d.start0, clamp(d.end0 + moved, d.start0, last)];
    const shift = clamp(moved, -d.start0, last - d.end0);
    return [d.start0 + shift, d.end0 + shift];
  };

  const begin = (part: Part) => (e: PointerEvent<SVGGElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    // Every move and the release come here, wherever the pointer goes (none in jsdom).
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const d = { part, x0: e.clientX, start0: startIndex, end0: endIndex, dx: 0 };
    latest.current = { ...d, start: startIndex, end: endIndex };
    setDrag(latest.current);
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    const d = latest.current;
    if (!d) return;
    const dx = e.clientX - d.x0;
    const [start, end] = rangeFor(d, dx);
    const changed = start !== d.start || end !== d.end;
    latest.current = { ...d, dx, start, end };
    setDrag(latest.current);
    if (changed) onPreview(start, end);
  };
  const end = (e: PointerEvent<SVGGElement>) => {
    const d = latest.current;
    if (!d) return;
    latest.current = null;
    setDrag(null);
    if (e.currentTarget.hasPointerCapture?.(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
    onCommit(d.start, d.end);
  };

  // Edges of the selection: each handle at the boundary of its year's band; the grabbed one (or the
  // whole selection) follows the pointer between boundaries.
  const edge = (i: number) => g.left + i * g.band;
  let x1 = edge(startIndex);
  let x2 = edge(endIndex + 1);
  if (drag) {
    const [lo, hi] = [edge(0), edge(g.count)];
    if (drag.part === 'start')
      x1 = clamp(edge(drag.start0) + drag.dx, lo, edge(drag.end0 + 1) - g.band);
    else if (drag.part === 'end')
      x2 = clamp(edge(drag.end0 + 1) + drag.dx, edge(drag.start0) + g.band, hi);
    else {
      const w = edge(drag.end0 + 1) - edge(drag.start0);
      x1 = clamp(edge(drag.start0) + drag.dx, lo, hi - w);
      x2 = x1 + w;
    }
  }
  const mini = (v: number) => (g.height - 4) * (peak > 0 ? v / peak : 0);
  const handlers = { onPointerMove: move, onPointerUp: end, onPointerCancel: end };
  const shown = drag ?? { start: startIndex, end: endIndex };

  return (
    <g className="timeline-brush export-exclude" aria-hidden="true">
      <rect
        className="brush-track"
        x={edge(0)}
        y={g.top}
        width={Math.max(0, edge(g.count) - edge(0))}
        height={g.height}
        stroke={MUTED}
        fill="var(--card)"
      />
      <g className="brush-miniature" opacity={0.55}>
        {buckets.map((b, i) => {
          const x = edge(i) + g.band * 0.2;
          const w = g.band * 0.6;
          const base = g.top + g.height - 2;
          return (
            <g key={b.year}>
              <rect
                x={x}
                y={base - mini(b.projects)}
                width={w}
                height={mini(b.projects)}
                fill={OKABE_ITO.blue}
              />
              <rect
                x={x}
                y={base - mini(b.projects + b.events)}
                width={w}
                height={mini(b.events)}
                fill={`url(#${hatchId})`}
              />
            </g>
          );
        })}
      </g>
      <g className="brush-selection" cursor="move" onPointerDown={begin('slide')} {...handlers}>
        <rect
          x={x1}
          y={g.top}
          width={Math.max(0, x2 - x1)}
          height={g.height}
          fill={MUTED}
          fillOpacity={0.2}
        />
      </g>
      {(['start', 'end'] as const).map((part) => {
        const x = part === 'start' ? x1 : x2 - HANDLE;
        const mid = Math.floor(g.top + g.height / 2) - 1;
        return (
          <g
            key={part}
            className={`brush-handle brush-handle-${part}`}
            cursor="ew-resize"
            onPointerDown={begin(part)}
            {...handlers}
          >
            <rect x={x} y={g.top} width={HANDLE} height={g.height} fill={MUTED} />
            <line x1={x + 1} x2={x + HANDLE - 1} y1={mid} y2={mid} />
            <line x1={x + 1} x2={x + HANDLE - 1} y1={mid + 2} y2={mid + 2} />
          </g>
        );
      })}
      {drag && (
        <g className="brush-texts">
          <text x={x1 - 4} y={g.top + g.height / 2} dominantBaseline="central" textAnchor="end">
            {label(shown.start)}
          </text>
          <text x={x2 + 4} y={g.top + g.height / 2} dominantBaseline="central">
            {label(shown.end)}
          </text>
        </g>
      )}
    </g>
  );
});
