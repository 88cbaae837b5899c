/** Save a Blob as a file, without any network: an object URL and a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export interface PngCaption {
  title: string;
  /** Lines under the drawing: the takeaway, sources, active filters, export date. */
  lines: string[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Break `text` into lines no wider than `width` on the canvas. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (ctx.measureText(next).width > width && line !== '') {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * Render the first <svg> inside `container` to a PNG at `scale`× size, with the chart's title above
 * and its sources, filters and date below, so a picture never travels without its provenance.
 * Computed fill and stroke are copied inline; elements marked `.export-exclude` (brushes) are left out.
 */
export async function svgToPng(
  container: HTMLElement,
  caption: PngCaption,
  scale = 2,
): Promise<Blob> {
  // The picture takes the theme's colours: a dark chart keeps its dark card behind it.
  const theme = getComputedStyle(container);
  const colour = (name: string, fallback: string) =>
    theme.getPropertyValue(name).trim() || fallback;
  const background = colour('--card', '#ffffff');
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no chart drawing to export');
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  clone.querySelectorAll('*').forEach((el, i) => {
    const original = source[i];
    if (!original) return;
    const cs = getComputedStyle(original);
    const style = (el as SVGElement).style;
    for (const prop of [
      'fill',
      'stroke',
      'stroke-width',
      'opacity',
      'font-size',
      'font-family',
      'font-weight',
    ]) {
      style.setProperty(prop, cs.getPropertyValue(prop));
    }
  });
  clone.querySelectorAll('.export-exclude').forEach((el) => el.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const xml = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const pad = 16;
    const measure = document.createElement('canvas').getContext('2d');
    if (!measure) throw new Error('this browser cannot draw to a canvas');
    const textWidth = Math.max(width, 320) - 2 * pad;
    measure.font = `600 16px ${FONT}`;
    const titleLines = wrap(measure, caption.title, textWidth);
    measure.font = `12px ${FONT}`;
    const footLines = caption.lines.flatMap((l) => wrap(measure, l, textWidth));
    const head = pad + titleLines.length * 22 + 6;
    const foot = footLines.length * 17 + pad;
    const canvasWidth = Math.max(width, 320);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(canvasWidth * scale));
    canvas.height = Math.max(1, Math.round((head + height + foot) * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw to a canvas');
    ctx.scale(scale, scale);
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvasWidth, head + height + foot);
    ctx.fillStyle = colour('--ink', '#14213d');
    ctx.font = `600 16px ${FONT}`;
    titleLines.forEach((l, i) => ctx.fillText(l, pad, pad + 14 + i * 22));
    ctx.drawImage(img, 0, head, width, height);
    ctx.fillStyle = colour('--ink-soft', '#44506a');
    ctx.font = `12px ${FONT}`;
    footLines.forEach((l, i) => ctx.fillText(l, pad, head + height + 14 + i * 17));
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
