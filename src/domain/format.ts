/**
 * Locale-aware number formatting for figures. Returns the number with its currency or percent sign;
 * unit words ("people", "MW") come from the message catalogue in the view.
 * Precision follows the source: stated figures keep their digits, derived ones get one decimal.
 */
import type { Unit } from './schema-enums.ts';
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

// Counts are formatted by the hundred on every filter (site list, bars, table): their formatter is
// found by locale alone, without describing the options (JSON.stringify was ~2 ms a click at 100k).
const counts = new Map<string, Intl.NumberFormat>();

/** A count with the locale's grouping (12,345). */
export function formatCount(value: number, locale: string): string {
  let f = counts.get(locale);
  if (!f) counts.set(locale, (f = nf(locale, { maximumFractionDigits: 0 })));
  return f.format(value);
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
  /**
   * Significant digits of an amount (3 unless given): a chart that sets stated costs beside their
   * derived halves needs the source's digits (₹22,516 crore, not ₹22,500 crore).
   */
  digits?: number;
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
      if (unit === 'INR' && usesIndianUnits(locale))
        return `${value < 0 ? '-' : ''}${currencySymbol(unit, locale)}${indianAmount(Math.abs(value), locale, options.digits)}`;
      // Intl abbreviates compact currencies ("₹650B"); executives read "₹650 billion" faster.
      // Japanese gets its own units from Intl: ¥10兆, ₹6500億, $50億. Indian units are for rupees
      // only: in English with that option, yen and dollars stay in billions.
      return `${value < 0 ? '-' : ''}${currencySymbol(unit, locale)}${nf(
        locale === 'en-IN' ? 'en' : locale,
        {
          notation: 'compact',
          compactDisplay: 'long',
          maximumSignificantDigits: options.digits ?? 3,
        },
      ).format(Math.abs(value))}`;
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

/**
 * Rupees in lakh and crore: Hindi always, English when the reader asks for Indian units (the
 * dashboard then formats with the tag en-IN, which also groups digits 12,34,567).
 */
export function usesIndianUnits(locale: string): boolean {
  return locale === 'hi' || locale.startsWith('hi-') || locale === 'en-IN';
}

const INDIAN_WORDS: Record<'en' | 'hi', { lakh: string; crore: string; lakhCrore: string }> = {
  en: { lakh: 'lakh', crore: 'crore', lakhCrore: 'lakh crore' },
  hi: { lakh: 'लाख', crore: 'करोड़', lakhCrore: 'लाख करोड़' },
};

/**
 * An amount in Indian units with three significant digits (or `significant`): 65,000 crore (650
 * billion), 1.5 lakh, 10 lakh crore (10 trillion). Below a lakh the number is written out with Indian grouping.
 */
export function indianAmount(value: number, locale: string, significant = 3): string {
  const words = INDIAN_WORDS[locale.startsWith('hi') ? 'hi' : 'en'];
  const digits = (n: number) => nf(locale, { maximumSignificantDigits: significant }).format(n);
  if (value >= 1e12) return `${digits(value / 1e12)} ${words.lakhCrore}`;
  if (value >= 1e7) return `${digits(value / 1e7)} ${words.crore}`;
  if (value >= 1e5) return `${digits(value / 1e5)} ${words.lakh}`;
  return nf(locale, { maximumFractionDigits: 0 }).format(value);
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
/** Hindi ordinals one to six have their own words; later ones take -वाँ (7वाँ). */
const HINDI_ORDINALS = ['', 'पहला', 'दूसरा', 'तीसरा', 'चौथा', 'पाँचवाँ', 'छठा'];

export function formatOrdinal(value: number, locale: string): string {
  const n = nf(locale, {}).format(value);
  if (locale.startsWith('ja')) return `${n}番目`;
  if (locale.startsWith('hi')) return HINDI_ORDINALS[value] || `${n}वाँ`;
  const rule = new Intl.PluralRules(locale, { type: 'ordinal' }).select(value);
  return `${n}${ORDINAL_SUFFIX[rule] ?? 'th'}`;
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
