/**
 * Text primitives for the source audit: paragraphs, length-preserving normalisation,
 * figure tokens and word shingles. Pure functions; the CLI does the file reading.
 */

/** A paragraph is a line with any non-space character; numbered from 1 in file order. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
  '\u202F': ' ',
};

/** Lower-case and fold quotes, dashes and odd spaces, keeping every index where it was. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = FOLD[ch] ?? ch.toLowerCase();
    // Keep offsets stable: only accept a mapping that keeps the UTF-16 length.
    out += mapped.length === ch.length ? mapped : ch;
  }
  return out;
}

/** Every start offset of `needle` in `haystack`, both folded. */
export function occurrences(haystack: string, needle: string): Span[] {
  const h = fold(haystack);
  const words = fold(needle)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  // Any run of spaces in the article matches a space in the needle.
  const pattern = new RegExp(
    words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'),
    'g',
  );
  return [...h.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export interface Span {
  start: number;
  end: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|' +
  'thousand|million|billion|trillion|lakh|crore|dozen|decade|half|third|thirds|quarter';
const TOKEN = new RegExp(`\\d+(?:[.,]\\d+)*|\\b(?:${NUMBER_WORDS})\\b`, 'gi');

/**
 * The places in a paragraph that carry a figure: every run of digits and every number word
 * ("one-third" is found through "third"). Each must be represented in data/ or listed as left out.
 */
export function figureTokens(paragraph: string): Token[] {
  const tokens: Token[] = [];
  for (const m of paragraph.matchAll(TOKEN)) {
    const start = m.index;
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}

/** Sentence around a token, for error messages. */
export function sentenceAround(paragraph: string, index: number): string {
  const before = paragraph.slice(0, index);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const rest = paragraph.slice(index);
  const endMatch = /[.?!](\s|$)/.exec(rest);
  const end = endMatch ? index + endMatch.index + 1 : paragraph.length;
  return paragraph.slice(start === -1 ? 0 : start + 2, end).trim();
}

/** Lower-case word n-grams, used to catch copied sentences. */
export function shingles(text: string, size: number): Set<string> {
  const words = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}
