/**
 * Where a horizontal bar chart's parts go, in pixels, from the chart's width and its bars: the label
 * column, the plot, one band per bar, the count axis and its ticks. Pure arithmetic: no DOM text
 * measurement (labels are wrapped by an estimate of their width), so drawing after a filter change
 * costs no layout.
 */

/** Pixels per bar row, and the count axis under the bars. */
export const ROW = 30;
export const AXIS = 30;
/** Space above and below the bars within their band (as recharts' barCategoryGap). */
const BAR_GAP = 0.18;
const FONT = 12;
const LINE = 14;

export interface BarLayout {
  width: number;
  height: number;
  /** The label column: labels end at labelRight − 8. */
  labelRight: number;
  plotLeft: number;
  plotRight: number;
  plotBottom: number;
  /** Bar k's band: from top(k) to top(k) + band; the bar inside is barHeight tall, centred. */
  band: number;
  barHeight: number;
  ticks: readonly number[];
  /** The count at plotRight (the last tick). */
  max: number;
}

/** Drawing height for `rows` bars (as the chart frame reserves it). */
export const barChartHeight = (rows: number): number => rows * ROW + 36;

export function barLayout(
  width: number,
  rows: number,
  largest: number,
  /** Room right of the plot for the longest count label. */
  labelRoom: number,
  /** The label column's widest and its share of the width at most. */
  labelMax = 168,
  labelShare = 0.4,
): BarLayout {
  const height = barChartHeight(rows);
  const labelRight = Math.round(Math.min(labelMax, Math.max(84, width * labelShare)));
  const ticks = niceTicks(largest);
  const plotBottom = height - AXIS;
  const band = rows > 0 ? plotBottom / rows : 0;
  return {
    width,
    height,
    labelRight,
    plotLeft: labelRight,
    plotRight: Math.max(labelRight + 1, width - labelRoom),
    plotBottom,
    band,
    barHeight: band * (1 - 2 * BAR_GAP),
    ticks,
    max: ticks.at(-1) ?? 1,
  };
}

/** x of a count on the layout's axis. */
export const xOf = (l: BarLayout, value: number): number =>
  l.plotLeft + ((l.plotRight - l.plotLeft) * Math.max(0, value)) / l.max;

/**
 * Whole-number ticks from 0 past `largest`, about `count` of them, at a step of 1, 2 or 5 times a
 * power of ten (or 25 times one, past 10): 0–10 gives 0, 5, 10; 0–37 gives 0, 20, 40.
 */
export function niceTicks(largest: number, count = 4): number[] {
  const top = Math.max(1, Math.ceil(largest));
  const rough = top / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough && Number.isInteger(s)) ??
      10 * power,
  );
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/** Roughly how wide `text` is at 12 px, erring wide (a label wrapped early beats one cut): full width for CJK. */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    em += c >= 0x2e80 ? 1 : c >= 0x0900 && c <= 0x097f ? 0.66 : 0.64;
  }
  return em * size;
}

/**
 * A label in at most `lines` lines of at most `max` pixels: words kept whole where they fit, text
 * without spaces (Japanese) broken between characters, an ellipsis when it does not all fit.
 */
export function wrapLabel(text: string, max: number, lines = 2): string[] {
  const pieces = text.includes(' ') ? text.split(/\s+/).filter(Boolean) : [...text];
  const joiner = text.includes(' ') ? ' ' : '';
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && textWidth(last + joiner + piece) <= max)
      out[out.length - 1] = last + joiner + piece;
    else out.push(piece);
  }
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let tail = `${kept[lines - 1]}${joiner}${out.slice(lines).join(joiner)}`;
  while (tail.length > 1 && textWidth(`${tail}…`) > max) tail = tail.slice(0, -1);
  kept[lines - 1] = `${tail.trimEnd()}…`;
  return kept;
}

/** The vertical offsets of a label's lines around its band's centre. */
export const lineOffsets = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * LINE);
