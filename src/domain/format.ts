/**
 * Locale-aware number formatting for figures. Returns the number with its currency or percent sign;
 * unit words ("people", "MW") come from the message catalogue in the view.
 * Precision follows the source: stated figures keep their digits, derived ones get one decimal.
 */
import type { Unit } from './schema.ts';
import { parsePartialDate } from './dates.ts';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A count with the locale's grouping (12,345). */
export function formatCount(value: number, locale: string): string {
  return nf(locale, { maximumFractionDigits: 0 }).format(value);
}

/** An axis tick: grouped below 10,000, compact above (30K, 1.2M), so ticks stay short. */
export function formatTick(value: number, locale: string): string {
  return Math.abs(value) < 10_000
    ? formatCount(value, locale)
    : nf(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

const FRACTION_GLYPHS: [number, string][] = [
  [1 / 2, '½'],
  [1 / 3, '⅓'],
  [2 / 3, '⅔'],
  [1 / 4, '¼'],
  [3 / 4, '¾'],
];

export interface FormatOptions {
  /** Show a sign for non-zero values (growth). */
  signed?: boolean;
  /** The value is a rate (currency per US$), not an amount. */
  rate?: boolean;
}

export function formatValue(
  value: number,
  unit: Unit,
  locale: string,
  options: FormatOptions = {},
): string {
  if (!Number.isFinite(value)) return '–';
  const signDisplay = options.signed ? 'exceptZero' : 'auto';
  switch (unit) {
    case 'INR':
    case 'USD':
    case 'JPY':
      if (options.rate)
        return nf(locale, {
          style: 'currency',
          currency: unit,
          maximumFractionDigits: 1,
          minimumFractionDigits: 1,
        }).format(value);
      // Intl abbreviates compact currencies ("₹650B"); executives read "₹650 billion" faster.
      return `${value < 0 ? '-' : ''}${currencySymbol(unit, locale)}${nf(locale, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumSignificantDigits: 3,
      }).format(Math.abs(value))}`;
    case 'percent':
      return nf(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay }).format(
        value / 100,
      );
    case 'fraction': {
      const glyph = FRACTION_GLYPHS.find(([v]) => Math.abs(v - value) < 1e-9);
      return glyph
        ? glyph[1]
        : nf(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    }
    case 'ordinal':
      return formatOrdinal(value, locale);
    default:
      if (Math.abs(value) >= 1e6)
        return nf(locale, {
          notation: 'compact',
          compactDisplay: 'long',
          maximumSignificantDigits: 3,
        }).format(value);
      return nf(locale, { maximumFractionDigits: 1, signDisplay }).format(value);
  }
}

export function currencySymbol(currency: string, locale: string): string {
  const parts = nf(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function formatOrdinal(value: number, locale: string): string {
  const rule = new Intl.PluralRules(locale, { type: 'ordinal' }).select(value);
  return `${nf(locale, {}).format(value)}${ORDINAL_SUFFIX[rule] ?? 'th'}`;
}

/** A partial date at its own precision: "2017–2020", "2030", "August 2025", "20 July 2023". */
export function formatPartialDate(value: string, locale: string): string {
  const d = parsePartialDate(value);
  if (!d) return value;
  const year = (y: number) => nf(locale, { useGrouping: false }).format(y);
  if (d.precision === 'period') return `${year(d.startYear)}–${year(d.endYear)}`;
  if (d.precision === 'year') return year(d.startYear);
  const date = new Date(Date.UTC(d.startYear, (d.month ?? 1) - 1, d.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d.precision === 'month'
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
