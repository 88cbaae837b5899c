/**
 * Read a figure or a date the way an article writes it ("INR 629 billion", "one-third", "July 20, 2023")
 * so the audit can check that the value recorded in data/ is the value the article states.
 */
import type { Unit } from '../../src/domain/schema-enums.ts';

const WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/**
 * The value of the first run of number words: "twenty-five" → 25, "one hundred" → 100,
 * "two hundred and five" → 205. Null when the text holds no number word.
 */
function numberWords(s: string): number | null {
  const words = s.split(/[\s-]+/);
  let total: number | null = null;
  let current = 0;
  let started = false;
  for (const w of words) {
    const v = WORD_VALUES[w];
    if (v !== undefined) {
      current += v;
      started = true;
    } else if (w === 'hundred' && started) {
      current *= 100;
    } else if (w === 'hundred') {
      current = 100;
      started = true;
    } else if (w === 'and' && started) {
      continue;
    } else if (started) {
      break;
    }
  }
  if (started) total = current;
  return total;
}
const FRACTIONS: Record<string, number> = {
  'one-third': 1 / 3,
  'two-thirds': 2 / 3,
  half: 1 / 2,
  'one-half': 1 / 2,
  'one-quarter': 1 / 4,
  quarter: 1 / 4,
  'a third': 1 / 3,
  'a quarter': 1 / 4,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

export interface StatedNumber {
  value: number;
  /** Units the wording is compatible with. */
  units: readonly Unit[];
}

const COUNT_UNITS: readonly Unit[] = ['count', 'people', 'companies'];

export function parseStatedNumber(stated: string): StatedNumber | null {
  const s = stated.toLowerCase().replace(/\u2019/g, "'");
  for (const [word, value] of Object.entries(FRACTIONS)) {
    if (new RegExp(`\\b${word}\\b`).test(s)) return { value, units: ['fraction'] };
  }
  if (/\bdecade\b/.test(s)) return { value: 10, units: ['years'] };

  const digits = /(\d[\d,]*(?:\.\d+)?)/.exec(s);
  let base = digits?.[1] !== undefined ? Number(digits[1].replace(/,/g, '')) : numberWords(s);
  if (base === null || !Number.isFinite(base)) return null;
  for (const [word, scale] of Object.entries(SCALES)) {
    if (new RegExp(`\\b${word}\\b`).test(s)) base *= scale;
  }

  let units: readonly Unit[] = COUNT_UNITS;
  if (/¥|\bjpy\b|\byen\b/.test(s)) units = ['JPY'];
  else if (/\$|\busd\b/.test(s)) units = ['USD'];
  else if (/₹|\binr\b|\brs\.?\b/.test(s)) units = ['INR'];
  else if (/%|per ?cent/.test(s)) units = ['percent'];
  else if (/\d\s*mw\b/.test(s)) units = ['MW'];
  else if (/\d(st|nd|rd|th)\b/.test(s)) units = ['ordinal'];
  else if (/\byears?\b/.test(s)) units = ['years'];
  else if (/\bdays?\b/.test(s)) units = ['days'];
  return { value: base, units };
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export interface StatedDate {
  years: number[];
  month?: number;
  day?: number;
}

/** Pull years, a month and a day out of wording such as "July 20, 2023" or "Between 2017 and 2020". */
export function parseStatedDate(stated: string): StatedDate | null {
  const iso = /\b(20\d{2})-(\d{2})-(\d{2})\b/.exec(stated);
  if (iso) return { years: [Number(iso[1])], month: Number(iso[2]), day: Number(iso[3]) };
  // Abbreviated months ("29 Feb 2024", "Sep 2022") read as the full name.
  const s = stated
    .toLowerCase()
    .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?/g, (m) => {
      const k = m.replace('.', '').slice(0, 3);
      return MONTHS.find((name) => name.startsWith(k)) ?? m;
    });
  const years = [...s.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
  // A period written "2017–20": the second year takes the first one's century.
  for (const m of s.matchAll(/\b(20\d{2})[–-](\d{2})\b(?![-\d])/g))
    years.push(Number(m[1]!.slice(0, 2) + m[2]!));
  // "may" is a month only beside a day or a year ("May 2024", "3 May"), not in "may reach".
  const monthIndex = MONTHS.findIndex((m) =>
    m === 'may' ? /\b(\d{1,2}\s+may|may\s+\d)/.test(s) : new RegExp(`\\b${m}\\b`).test(s),
  );
  const out: StatedDate = { years };
  if (monthIndex !== -1) {
    out.month = monthIndex + 1;
    const day = new RegExp(`\\b${MONTHS[monthIndex]}\\s+(\\d{1,2})\\b(?!\\d)`).exec(s);
    const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${MONTHS[monthIndex]}\\b`).exec(s);
    const dayText = day?.[1] ?? dayFirst?.[1];
    if (dayText !== undefined) out.day = Number(dayText);
  }
  if (years.length === 0 && out.month === undefined) return null;
  return out;
}
