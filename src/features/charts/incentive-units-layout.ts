/**
 * Where the incentive-units chart's parts go, from its width: a legend that wraps, one row per unit,
 * a totals row under a rule, an amount axis. Wide: names in a column left of the bars. Narrow
 * (a phone): each name on its own line above its bar, so neither names nor amounts are cut. Pure
 * arithmetic, with text widths estimated (bar-layout.ts), so the drawing costs no layout.
 */
import { niceTicks, textWidth, wrapLabel } from './bar-layout.ts';

/** Below this width the names go above the bars. */
export const SIDE_BY_SIDE_MIN = 560;
/** From this width each bar's label carries its derived share too. */
export const SHARES_MIN = 900;
const LINE = 14;
const BAR = 16;
const ROW_GAP = 10;
const LEGEND_ROW = 20;
const SWATCH = 14;

export interface LayoutInput {
  width: number;
  /** Each unit's full name (wrapped here to two lines at most). */
  names: readonly string[];
  /** The text right of each unit's bar (the widest sets the room kept for them). */
  values: readonly string[];
  /** The derived share's text after it, when there is room (SHARES_MIN). */
  shares: readonly string[];
  totalsName: string;
  totalsValue: string;
  totalsShare: string;
  legend: readonly string[];
  /** The outlay mark's label, or null when there is no outlay. */
  outlayLabel: string | null;
  /** The largest amount drawn (a cost, the sum, the outlay). */
  max: number;
  tickText: (v: number) => string;
}

export interface RowBox {
  /** The name's lines and the y of the first one's centre. */
  lines: readonly string[];
  labelY: number;
  /** The bar's top. */
  barY: number;
}

export interface UnitsLayout {
  width: number;
  height: number;
  stacked: boolean;
  /** Whether bar labels carry the shares. */
  shares: boolean;
  /** Names end at labelX (side by side, anchored at the end) or start there (stacked). */
  labelX: number;
  plotLeft: number;
  plotRight: number;
  barHeight: number;
  legend: readonly { x: number; y: number; label: string }[];
  rows: readonly RowBox[];
  totals: RowBox & { outlayY: number; top: number; bottom: number };
  ruleY: number;
  axisY: number;
  ticks: readonly number[];
  /** The amount at plotRight. */
  max: number;
}

/** Items side by side, wrapping onto a new line where the next would pass the width. */
function legendItems(labels: readonly string[], width: number) {
  const out: { x: number; y: number; label: string }[] = [];
  let x = 0;
  // Room above the first row for tall glyphs (Devanagari, kana) at the drawing's top edge.
  let y = 3;
  for (const label of labels) {
    const w = SWATCH + 6 + textWidth(label);
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    out.push({ x, y, label });
    x += w + 16;
  }
  return { items: out, height: labels.length === 0 ? 0 : y + LEGEND_ROW + 8 };
}

/** Ticks as many as fit their labels side by side (two at least: 0 and the top). */
function ticksFor(max: number, plotWidth: number, tickText: (v: number) => string): number[] {
  for (let count = 5; count > 2; count--) {
    const ticks = niceTicks(max, count);
    const widest = Math.max(...ticks.map((v) => textWidth(tickText(v))));
    if (plotWidth / Math.max(1, ticks.length - 1) >= widest + 12) return ticks;
  }
  return niceTicks(max, 2);
}

export function unitsLayout(input: LayoutInput): UnitsLayout {
  const { width } = input;
  const stacked = width < SIDE_BY_SIDE_MIN;
  const shares = width >= SHARES_MIN;
  const legend = legendItems(input.legend, width);
  const labels = input.values.map((v, k) => (shares ? `${v} ${input.shares[k] ?? ''}` : v));
  labels.push(shares ? `${input.totalsValue} ${input.totalsShare}` : input.totalsValue);
  const valueRoom = Math.max(...labels.map((v) => textWidth(v)), 40) + 10;
  const labelRight = stacked ? 0 : Math.round(Math.min(300, Math.max(150, width * 0.28)));
  const labelMax = stacked ? width - 2 : labelRight - 12;
  // Stacked, the axis starts at the left edge: room for half of the first tick's label.
  const plotLeft = stacked ? Math.ceil(textWidth(input.tickText(0)) / 2) + 2 : labelRight;
  const plotRight = Math.max(plotLeft + 40, width - valueRoom);

  let y = legend.height;
  const row = (name: string): RowBox => {
    const lines = wrapLabel(name, labelMax);
    if (stacked) {
      const box = { lines, labelY: y + LINE / 2, barY: y + lines.length * LINE + 3 };
      y = box.barY + BAR + ROW_GAP;
      return box;
    }
    const height = Math.max(BAR + ROW_GAP + 6, lines.length * LINE + ROW_GAP);
    const centre = y + height / 2;
    const box = { lines, labelY: centre - ((lines.length - 1) * LINE) / 2, barY: centre - BAR / 2 };
    y += height;
    return box;
  };
  const rows = input.names.map(row);
  const ruleY = y + 2;
  y = ruleY + 8;
  const top = y;
  let outlayY: number;
  let totals: RowBox;
  if (stacked) {
    const lines = wrapLabel(input.totalsName, labelMax);
    const labelY = y + LINE / 2;
    y += lines.length * LINE + 2;
    outlayY = y + LINE / 2;
    if (input.outlayLabel !== null) y += LINE + 2;
    totals = { lines, labelY, barY: y + 1 };
    y += BAR + ROW_GAP;
  } else {
    outlayY = y + LINE / 2;
    if (input.outlayLabel !== null) y += LINE + 4;
    const lines = wrapLabel(input.totalsName, labelMax);
    totals = { lines, labelY: y + BAR / 2 - ((lines.length - 1) * LINE) / 2, barY: y };
    y += Math.max(BAR, lines.length * LINE) + ROW_GAP;
  }
  const bottom = y;
  const axisY = y + 2;
  const ticks = ticksFor(input.max, plotRight - plotLeft, input.tickText);
  return {
    width,
    height: axisY + 30,
    stacked,
    shares,
    labelX: stacked ? 1 : labelRight - 8,
    plotLeft,
    plotRight,
    barHeight: BAR,
    legend: legend.items,
    rows,
    totals: { ...totals, outlayY, top, bottom },
    ruleY,
    axisY,
    ticks,
    max: ticks.at(-1) ?? 1,
  };
}

/** x of an amount; a non-zero amount is at least `min` pixels wide, so the smallest unit shows. */
export function xOfAmount(l: UnitsLayout, value: number, min = 0): number {
  const w = ((l.plotRight - l.plotLeft) * Math.max(0, value)) / l.max;
  return l.plotLeft + (value > 0 ? Math.max(min, w) : 0);
}

export const LINE_HEIGHT = LINE;
